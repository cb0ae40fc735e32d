/**
 * A column of strings that repeat across orders (product, shipping promise, region): each order holds
 * a code into `values`, so ten thousand orders of three products store three strings, not ten
 * thousand. Code 0 is always '' ("unknown"): a fresh `Uint32Array` is a column of unknowns.
 */
export type StringColumn = { values: string[]; codes: Uint32Array };

/** `n` orders, every one unknown. */
export const unknownStrings = (n: number): StringColumn => ({ values: [''], codes: new Uint32Array(n) });

/** The string of order `i` ('' when unknown, or when the code is out of range). */
export const stringAt = (c: StringColumn, i: number): string => c.values[c.codes[i]] ?? '';

/**
 * Gives each distinct string its code in `values`, appending strings it has not seen. It takes over
 * `values` (a chunk's dictionary grows in place); `values[0]` must be ''.
 */
export function interner(values: string[]): (s: string) => number {
  if (values[0] !== '') throw new Error('interner: a string column must start with the unknown value ""');
  const codes = new Map<string, number>();
  values.forEach((v, k) => {
    if (!codes.has(v)) codes.set(v, k);
  });
  return (s) => {
    let code = codes.get(s);
    if (code === undefined) {
      code = values.length;
      values.push(s);
      codes.set(s, code);
    }
    return code;
  };
}

/** A column built from plain strings: for tests and small inputs. */
export function stringColumn(strings: readonly string[]): StringColumn {
  const values = [''];
  const code = interner(values);
  return { values, codes: Uint32Array.from(strings, code) };
}

/**
 * The column with every distinct value passed through `f` (once per value, not per order); values
 * that become equal share one code, and a value `f` turns into '' becomes unknown.
 */
export function mapValues(col: StringColumn, f: (s: string) => string): StringColumn {
  const values = [''];
  const code = interner(values);
  const remap = Uint32Array.from(col.values, (v, k) => (k === 0 ? 0 : code(f(v))));
  return { values, codes: col.codes.map((c) => remap[c]) };
}
