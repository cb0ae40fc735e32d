import type { Rejection } from '../../core/exports/types';
import { formatCount } from '../format';

/** The table shows this many; the download has them all. */
export const SHOWN_REJECTED = 100;

/** The first rejected rows (row, field, reason — never a cell's text) and the download of all of them. */
export function RejectedRows({ rejected, onDownload }: { rejected: readonly Rejection[]; onDownload(): void }) {
  if (rejected.length === 0) return null;
  const shown = rejected.slice(0, SHOWN_REJECTED);
  return (
    <section aria-labelledby="rejected-title">
      <div class="page-header">
        <h2 id="rejected-title">Rejected rows</h2>
        <button type="button" class="btn" onClick={onDownload}>
          Download rejected rows (CSV)
        </button>
      </div>
      {rejected.length > shown.length && (
        <p class="muted">
          The first {formatCount(shown.length)} of {formatCount(rejected.length)} listed; the download has them all.
        </p>
      )}
      <table aria-label="Rejected rows">
        <thead>
          <tr>
            <th scope="col" class="num">
              Row
            </th>
            <th scope="col">Field</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={`${r.row}-${i}`}>
              <td class="num">{r.row}</td>
              <td>{r.field}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
