import { formatCount, STAGE_LABEL } from '../format';
import { say, t } from '../i18n';
import { CsvButton } from './CsvButton';

/** One stage's share of the late orders and lost points, predicted or actual, in the report's words. */
export type StageRow = {
  stage: keyof typeof STAGE_LABEL | 'unknown';
  lateDispatch: number;
  /** Actual only: deliveries that arrived late. */
  lateDelivery?: number;
  points: number | null;
  levers: string;
  /** The levers' message key (core/outlook/attribution.ts); absent in rows stored before it. */
  leversKey?: string;
};

const label = (stage: StageRow['stage']) => (stage === 'unknown' ? t('stage_unknown') : STAGE_LABEL[stage]);
/** The levers in the words in use (the stored English when they have no key). */
const levers = (r: StageRow) => say(r.leversKey === undefined ? null : { key: r.leversKey, params: [] }, r.levers);
const points = (p: number | null) => (p === null ? '—' : p.toFixed(1));
/** "Cannot tell" is a row only when some late order needs it (an export without RTS times). */
const shown = (r: StageRow) => r.stage !== 'unknown' || r.lateDispatch > 0 || (r.points ?? 0) > 0;

/** The stage table under an attribution sentence: the parts add up to the sentence's whole. CSV headers in English. */
export function StageTable({
  rows,
  caption,
  file,
  testId,
}: {
  rows: StageRow[];
  caption: string;
  /** The CSV file's name before slugging, English. */
  file: string;
  testId: string;
}) {
  const actual = rows.some((r) => r.lateDelivery !== undefined);
  const headers = ['Stage', 'Late dispatches', ...(actual ? ['Late deliveries'] : []), 'Points lost', 'Levers'];
  const csvRows = () =>
    rows
      .filter(shown)
      .map((r) => [label(r.stage), r.lateDispatch, ...(actual ? [r.lateDelivery ?? 0] : []), r.points, levers(r)]);
  return (
    <>
      <table class="stage-table" aria-label={caption} data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('col_stage')}</th>
            <th scope="col" class="num">
              {t('col_late')}
            </th>
            {actual && (
              <th scope="col" class="num">
                {t('col_late_delivery')}
              </th>
            )}
            <th scope="col" class="num">
              {t('col_points_lost')}
            </th>
            <th scope="col">{t('col_levers')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.filter(shown).map((r) => (
            <tr key={r.stage} data-stage={r.stage}>
              <th scope="row">{label(r.stage)}</th>
              <td class="num" data-col="late">
                {formatCount(r.lateDispatch)}
              </td>
              {actual && (
                <td class="num" data-col="late-delivery">
                  {formatCount(r.lateDelivery ?? 0)}
                </td>
              )}
              <td class="num" data-col="points">
                {points(r.points)}
              </td>
              <td class="muted">{levers(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton title={caption} file={file} headers={headers} rows={csvRows} />
    </>
  );
}
