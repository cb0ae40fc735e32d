import { fail, ok, type Result } from '../lib/result';
import { douyin } from './douyin';
import { type FormatSpec, ORDER_ID } from './format';
import { tiktok } from './tiktok';

// biome-ignore lint/suspicious/noExplicitAny: each format has its own column keys
type AnySpec = FormatSpec<any>;
const FORMATS: readonly AnySpec[] = [tiktok, douyin];

/** Header cells compare without case, surrounding or repeated spaces, or a stray byte-order mark. */
export const norm = (h: string): string =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Header cells named in a message: enough to recognise the file, not a wall of text. */
const SHOWN_HEADERS = 20;
const cut = (s: string, n: number) => (Array.from(s).length > n ? `${Array.from(s).slice(0, n).join('')}…` : s);

/**
 * The headers of a file we cannot read, for the user to see what it is. A line with an order id is a
 * data row (a file exported without its header line), and a cell with five digits or an @ looks like
 * a phone, a postcode or an address: neither is quoted, so a buyer's data is never echoed back.
 */
function unknownHeader(name: string, header: readonly string[]): string {
  const start = `${name}: not a TikTok Shop or Douyin order export`;
  const cells = header.map((h) => h.replace(/^\uFEFF/, '').trim()).filter((h) => h !== '');
  if (cells.some((h) => ORDER_ID.test(h))) {
    return `${start}: its first line holds an order id, so it has no header line (export it with the column names)`;
  }
  const shown = cells.slice(0, SHOWN_HEADERS).map((h) => (/\d{5}|@/.test(h) ? '(a value)' : `"${cut(h, 40)}"`));
  const more = cells.length > SHOWN_HEADERS ? `, and ${cells.length - SHOWN_HEADERS} more` : '';
  const wanted = FORMATS.map((f) => `${f.label}: ${f.required.map((k) => f.columns[k]).join(', ')}`);
  return (
    `${start}: none of its ${header.length} columns is "${tiktok.columns.orderId}" or "${douyin.columns.orderId}". ` +
    `Headers found: ${shown.join(', ')}${more}. Looked for the columns — ${wanted.join('; ')}. ` +
    `This reader knows TikTok Shop's English column names and Douyin's Chinese ones.`
  );
}

/**
 * Which format a header is, and where each allow-listed column sits (-1: absent). Fails once per file,
 * naming every problem of one kind: a header in an unknown language, a column twice, columns missing.
 */
export function resolveColumns(
  header: readonly string[],
  name: string,
): Result<{ spec: AnySpec; at: Record<string, number> }> {
  const positions = new Map<string, number[]>();
  header.forEach((h, i) => {
    positions.set(norm(h), [...(positions.get(norm(h)) ?? []), i]);
  });
  const spec = FORMATS.find((f) => positions.has(norm(f.columns[f.key])));
  if (!spec) return fail('invalid-message', unknownHeader(name, header));
  const at: Record<string, number> = {};
  const missing: string[] = [];
  for (const [key, title] of Object.entries<string>(spec.columns)) {
    const found = positions.get(norm(title)) ?? [];
    if (found.length > 1) {
      return fail('invalid-message', `${name}: the column "${title}" appears ${found.length} times`);
    }
    if (found.length === 0 && spec.required.includes(key)) missing.push(`"${title}"`);
    at[key] = found.length === 1 ? found[0] : -1;
  }
  if (missing.length > 0) {
    const which =
      missing.length === 1 ? `the column ${missing[0]}, which is` : `the columns ${missing.join(', ')}, which are`;
    return fail('invalid-message', `${name}: a ${spec.label} export needs ${which} missing`);
  }
  return ok({ spec, at });
}
