import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csv, fixtureText, london, read, shanghai, table } from './helpers';

/** Any order of the columns, and a few unknown ones anywhere, reads to exactly the same output. */
describe.each([
  ['tiktok-orders.csv', london],
  ['douyin-orders.utf8.csv', shanghai],
])('%s: the column order never matters', (file, opts) => {
  const rows = table(fixtureText(file));
  const expected = read(file, csv(rows), opts);

  it('for every permutation of the columns', () => {
    const indices = [...rows[0].keys()];
    fc.assert(
      fc.property(fc.shuffledSubarray(indices, { minLength: indices.length }), (perm) => {
        const shuffled = rows.map((r) => perm.map((j) => r[j]));
        expect(read(file, csv(shuffled), opts)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('for every permutation with extra columns mixed in', () => {
    const extra = fc.array(fc.stringMatching(/^[A-Za-z ]{1,12}$/), { maxLength: 4 });
    const indices = [...rows[0].keys()];
    fc.assert(
      fc.property(fc.shuffledSubarray(indices, { minLength: indices.length }), extra, fc.nat(), (perm, names, seed) => {
        // Unknown columns get distinct names that cannot collide with real ones.
        const added = names.map((n, k) => `Extra ${k} ${n}`);
        const cut = seed % (perm.length + 1);
        const shuffled = rows.map((r, i) => [
          ...perm.slice(0, cut).map((j) => r[j]),
          ...added.map((n) => (i === 0 ? n : `${n}, value ${i}`)),
          ...perm.slice(cut).map((j) => r[j]),
        ]);
        expect(read(file, csv(shuffled), opts)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});
