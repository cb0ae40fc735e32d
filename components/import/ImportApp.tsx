import { useRef, useState } from 'preact/hooks';
import type { SlashGuess } from '../../core/exports/slash-order';
import { isTimeZone } from '../../core/lib/time';
import { defaultSettings } from '../../core/settings/settings';
import type { ImportLink } from '../../pages/import-link';
import type { ImportOutcome, ImportProgress, ImportSummary } from '../../workers/import/types';
import { t } from '../i18n';
import { quotaWords } from '../quota-words';
import { type DateOrder, dateOrderHint, guessDateOrder } from './date-order';
import { ImportForm } from './ImportForm';
import { ImportProgressView } from './ImportProgressView';
import { ImportResult } from './ImportResult';
import { downloadCsv, rejectedCsv, rejectedFileName } from './rejected-csv';

type Run =
  | { step: 'idle' }
  | { step: 'running'; progress: ImportProgress | null }
  | { step: 'finished'; progress: ImportProgress | null; outcome: ImportOutcome };

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The import page: pick a file, check the zone, import; the worker (behind `link`) reads and stores
 * while the page shows progress, then the summary. `now` is the import's instant, taken here so the
 * page's clock — the one a test can set — decides the retention cutoff.
 */
export function ImportApp({
  link,
  defaults,
  now = Date.now,
  download = downloadCsv,
}: {
  link: ImportLink;
  /** From the settings: the shop's zone (the field's first value) and the history retention. */
  defaults?: { timeZone: string; retentionDays: number };
  now?: () => number;
  download?: (fileName: string, text: string) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [timeZone, setTimeZone] = useState(() => defaults?.timeZone ?? browserZone());
  const [run, setRun] = useState<Run>({ step: 'idle' });
  const [dateOrder, setDateOrder] = useState<DateOrder>('DMY');
  const [guess, setGuess] = useState<SlashGuess | null>(null);
  // The order an import uses: the latest of the file's guess and the user's choice. Import waits for the
  // guess of the file just picked, so a quick click cannot run with the previous file's order.
  const order = useRef<DateOrder>('DMY');
  const guessing = useRef<Promise<unknown>>(Promise.resolve());
  const chooseOrder = (o: DateOrder) => {
    order.current = o;
    setDateOrder(o);
  };
  const pickFile = (f: File | null) => {
    setFile(f);
    setGuess(null);
    if (!f) return;
    guessing.current = guessDateOrder(f).then(
      (g) => {
        setGuess(g);
        // A file that does not tell goes back to day first, as the replay reads it, not the last file's order.
        chooseOrder(g.order === 'unknown' ? 'DMY' : g.order);
      },
      () => setGuess(null), // unreadable here: the import itself will say why
    );
  };
  const zone = timeZone.trim();
  const zoneError = isTimeZone(zone) ? null : t('import_zone_unknown', zone);
  const running = run.step === 'running';

  const start = async () => {
    if (!file || zoneError || running) return;
    await guessing.current;
    let latest: ImportProgress | null = null;
    let over = false;
    setRun({ step: 'running', progress: null });
    const retentionDays = defaults?.retentionDays ?? defaultSettings.retentionDays;
    const opts = { timeZone: zone, now: now(), retentionDays, slashDates: order.current, quotaWords: quotaWords() };
    const outcome = await link.run(file, opts, (p) => {
      // Reports and the reply travel on different message ports: a late report must not reopen the run.
      if (over) return;
      latest = p;
      setRun({ step: 'running', progress: p });
    });
    over = true;
    const whole = { phase: 'storing', rows: 0, bytes: file.size, totalBytes: file.size } as const;
    const progress = outcome.kind === 'done' ? { ...whole, rows: outcome.summary.rows } : latest;
    setRun({ step: 'finished', progress, outcome });
  };
  const saveRejected = (s: ImportSummary) => download(rejectedFileName(s.name), rejectedCsv(s.rejected));

  return (
    <main class="page import">
      <header class="page-header">
        <h1>{t('report_import_link')}</h1>
        <a href="report.html">{t('report_heading')}</a>
      </header>
      <p class="muted import-intro">{t('import_intro')}</p>
      <ImportForm
        timeZone={timeZone}
        zoneError={zoneError}
        busy={running}
        canImport={file !== null && zoneError === null}
        onFile={pickFile}
        onTimeZone={setTimeZone}
        dateOrder={{
          value: dateOrder,
          hint: dateOrderHint(guess),
          warn: guess?.order === 'unknown' && guess.why !== 'none',
        }}
        onDateOrder={chooseOrder}
        onImport={start}
      />
      {run.step !== 'idle' && (
        <ImportProgressView
          progress={run.progress}
          status={running ? 'running' : run.step === 'finished' && run.outcome.kind === 'done' ? 'done' : 'stopped'}
          onCancel={() => void link.cancel()}
        />
      )}
      {run.step === 'finished' && <ImportResult outcome={run.outcome} onDownload={saveRejected} />}
    </main>
  );
}
