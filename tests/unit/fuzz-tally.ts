/**
 * What the fuzz tests tried, per kind of bad input, and how each case ended ("read", "refused", …), with
 * the first message a seller would have seen for that kind. Printed as RELIABILITY.md's table rows when
 * FUZZ_TALLY=1 is set; silent otherwise. The counts follow from the fixed seeds, so they repeat.
 */
export function fuzzTally(title: string) {
  const rows = new Map<string, { tried: number; ended: Map<string, number>; example: string; alone: boolean }>();
  return {
    add(kinds: readonly string[], ended: string, message = '') {
      for (const kind of kinds) {
        const row = rows.get(kind) ?? { tried: 0, ended: new Map<string, number>(), example: '', alone: false };
        row.tried++;
        row.ended.set(ended, (row.ended.get(ended) ?? 0) + 1);
        // The example comes from a case of this kind alone where there is one: a mixed case's message may
        // be about the other kind.
        const alone = kinds.length === 1;
        if (message && (!row.example || (alone && !row.alone))) {
          row.example = message.replace(/\s+/g, ' ').slice(0, 200);
          row.alone = alone;
        }
        rows.set(kind, row);
      }
    },
    print() {
      if (!process.env.FUZZ_TALLY) return;
      const lines = [...rows].map(([kind, r]) => {
        const ended = [...r.ended].map(([k, n]) => `${n} ${k}`).join(', ');
        return `| ${kind} | ${r.tried} | ${ended} | ${r.example} |`;
      });
      console.log(`${title}\n${lines.join('\n')}`);
    },
  };
}
