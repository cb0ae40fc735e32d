/**
 * What the page-world tap passes on of a response: only the fields its adapter's parser reads, named in
 * the adapter (`NetworkTap.fields`), so a buyer's `nick_name`, an avatar or a product never leaves the
 * page's world. A field is a dotted path, `[]` marking a list whose every item is read
 * ("data[].order_id", "data.card_list[].pay_order_cnt.value"); "?room_id" keeps that query parameter.
 *
 * A value of the wrong kind keeps its kind, not its content (an object where a count was expected stays
 * `{}`, a list `[]`), so the parser's error still names what is wrong; a number or a string met on the
 * way (a count sent as 1234 instead of { value: 1234 }) is kept as it is.
 */
type Tree = Map<string, { list: boolean; sub: Tree }>;

function treeOf(fields: readonly string[]): Tree {
  const root: Tree = new Map();
  for (const field of fields) {
    if (field.startsWith('?')) continue;
    let at = root;
    for (const part of field.split('.')) {
      const list = part.endsWith('[]');
      const key = list ? part.slice(0, -2) : part;
      if (!key) throw new Error(`tap fields: "${field}" has an empty step`);
      const node = at.get(key) ?? { list, sub: new Map() };
      at.set(key, node);
      at = node.sub;
    }
  }
  return root;
}

/** A value in a place the fields end or do not expect an object: its kind, never its content. */
function kindOf(v: unknown): unknown {
  if (Array.isArray(v)) return [];
  if (typeof v === 'object' && v !== null) return {};
  return v;
}

function pick(v: unknown, tree: Tree): unknown {
  if (tree.size === 0 || typeof v !== 'object' || v === null || Array.isArray(v)) return kindOf(v);
  const from = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, { list, sub }] of tree) {
    if (!Object.hasOwn(from, key)) continue;
    const x = from[key];
    out[key] = list && Array.isArray(x) ? x.map((item) => pick(item, sub)) : list ? kindOf(x) : pick(x, sub);
  }
  return out;
}

/** The response body cut to `fields`. */
export function pickFields(body: unknown, fields: readonly string[]): unknown {
  return pick(body, treeOf(fields));
}

/** The response's address without its query, but for the parameters `fields` names ("?room_id"). */
export function pickUrl(url: string, fields: readonly string[], base: string): string {
  const u = new URL(url, base);
  const keep = fields.filter((f) => f.startsWith('?')).map((f) => f.slice(1));
  const query = new URLSearchParams();
  for (const k of keep) for (const v of u.searchParams.getAll(k)) query.append(k, v);
  const q = query.toString();
  return `${u.origin}${u.pathname}${q ? `?${q}` : ''}`;
}

/** The fields for a response's path: those of the first endpoint path it contains, or null (not read). */
export function fieldsFor(
  pathname: string,
  table: Readonly<Record<string, readonly string[]>>,
): readonly string[] | null {
  const path = Object.keys(table).find((p) => pathname.includes(p));
  return path === undefined ? null : table[path];
}
