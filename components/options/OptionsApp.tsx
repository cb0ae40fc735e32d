import { useEffect, useMemo, useState } from 'preact/hooks';
import { defaultSettings, type Settings, settingsSchema } from '../../core/settings/settings';
import { parseSettings } from '../../core/settings/settings-file';
import type { SettingsRead } from '../../storage/settings-store';
import { t } from '../i18n';
import { isAssumedDefault } from './assumed';
import { controlPaths, type Draft, getAt, setAt } from './draft';
import { FileActions } from './FileActions';
import { type Form, FormContext } from './form-context';
import { placeIssues } from './issues';
import { SettingsForm } from './SettingsForm';
import { StoredProblems } from './StoredProblems';
import { storedDraft } from './stored-draft';
import { readSettingsFile, SETTINGS_FILE_NAME, settingsJson } from './transfer';

/** What the page needs from the browser, passed in so that tests can fake it. */
export type OptionsLink = {
  /** The saved settings, or the saved file with its problems when it fails its check. */
  load(): Promise<SettingsRead>;
  save(settings: Settings): Promise<void>;
  download(fileName: string, text: string): void;
};

type Notice = { error: boolean; text: string };
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The options page: the saved settings, the draft the form edits, save, import, export and reset. */
export function OptionsApp({ link }: { link: OptionsLink }) {
  const [saved, setSaved] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [notice, setNotice] = useState<Notice | null>(null);
  // Saved settings that fail their check: shown, and left as they are until the seller fixes or resets them.
  const [invalid, setInvalid] = useState<Extract<SettingsRead, { ok: false }> | null>(null);
  useEffect(() => {
    link.load().then(
      (r) => {
        if (!r.ok) return setInvalid(r);
        setSaved(r.settings);
        setDraft(r.settings);
      },
      (e) => setNotice({ error: true, text: t('options_load_failed', messageOf(e)) }),
    );
  }, [link]);

  const check = useMemo(() => draft && settingsSchema.safeParse(draft), [draft]);
  const placed = useMemo(() => {
    if (!draft || !check) return null;
    if (!check.success) return placeIssues(check.error.issues, controlPaths(draft));
    // The scorecard override has no control: a bad one (a saved file loaded by Fix) goes to the summary.
    const whole = parseSettings(check.data);
    return whole.ok
      ? null
      : { byField: new Map(), unplaced: whole.problems.map((p) => `${p.path.join('.')}: ${p.message}`) };
  }, [draft, check]);
  const form = useMemo<Form | null>(
    () =>
      draft && {
        draft,
        errors: placed?.byField ?? new Map(),
        update: (path, value) => {
          setDraft((d) => d && setAt(d, path, value));
          setStatus('idle');
        },
      },
    [draft, placed],
  );
  const fill = (settings: Settings, text: string) => {
    setDraft(structuredClone(settings));
    setStatus('idle');
    setNotice({ error: false, text });
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (!check?.success) return;
    setStatus('saving');
    try {
      await link.save(check.data);
      setSaved(check.data);
      setInvalid(null);
      setStatus('saved');
      setNotice(null);
    } catch (err) {
      setStatus('idle');
      setNotice({ error: true, text: t('options_save_failed', messageOf(err)) });
    }
  };
  const importFile = async (file: File) => {
    let r: ReturnType<typeof readSettingsFile>;
    try {
      r = readSettingsFile(file.name, await file.text());
    } catch (err) {
      r = { ok: false, message: t('options_read_failed', file.name, messageOf(err)) };
    }
    if (r.ok) fill(r.settings, t('options_loaded_file', file.name));
    else setNotice({ error: true, text: r.message });
  };

  const problems = placed ? placed.byField.size + placed.unplaced.length : 0;
  const assumed = draft ? controlPaths(draft).filter((p) => isAssumedDefault(p, getAt(draft, p), draft)).length : 0;
  return (
    <main class="page options">
      <header class="page-header">
        <h1>{t('options_heading')}</h1>
      </header>
      <p class="intro muted">{t('options_intro', assumed > 0 ? ` ${t('options_intro_left', assumed)}` : '')}</p>
      <FileActions
        canExport={saved !== null || invalid !== null}
        // The file as saved, even one that fails its check: the seller may keep a copy before a reset.
        onExport={() => link.download(SETTINGS_FILE_NAME, settingsJson(saved ?? (invalid?.stored as Settings)))}
        onImport={importFile}
        onReset={() => fill(defaultSettings, t('options_reset_done'))}
      />
      {invalid && (
        <StoredProblems
          problems={invalid.problems}
          onFix={() => fill(storedDraft(invalid.stored), t('options_fix_loaded'))}
          onReset={() => fill(defaultSettings, t('options_reset_done'))}
        />
      )}
      {notice && (
        <p class={notice.error ? 'notice notice-error' : 'notice'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {form ? (
        <form noValidate onSubmit={save}>
          <FormContext.Provider value={form}>
            <SettingsForm />
          </FormContext.Provider>
          <div class="save-bar">
            <button type="submit" class="btn btn-primary" disabled={problems > 0 || status !== 'idle'}>
              {status === 'saving' ? t('options_saving') : status === 'saved' ? t('options_saved') : t('options_save')}
            </button>
            <span role="status" class={problems > 0 ? 'save-problems' : 'muted'}>
              {problems > 0 ? (problems === 1 ? t('options_problems_one') : t('options_problems_many', problems)) : ''}
            </span>
            {placed && placed.unplaced.length > 0 && (
              <ul class="field-error">
                {placed.unplaced.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </div>
        </form>
      ) : (
        !notice && !invalid && <p class="muted">{t('loading')}</p>
      )}
    </main>
  );
}
