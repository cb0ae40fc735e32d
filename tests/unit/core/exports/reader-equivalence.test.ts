import { describe, expect, it } from 'vitest';
import { readOrderExport } from '../../../../core/exports/read';
import { BEFORE, digestOf, GENERATED_NOW, generatedExport, summaryOf, VARIANTS } from './generated-variants';

/**
 * The reader made faster (issue #17) reads exactly what it read before: every column, id, kept text,
 * rejected row and warning of a generated export of each fixture's variant (generated-variants.ts)
 * hashes to the digest the reader of commit 702fe49 gave (BEFORE), before the speed work.
 */

describe('readOrderExport reads generated exports of every variant as before the speed work', () => {
  it.each(VARIANTS)('$file', ({ file, opts }) => {
    const text = generatedExport(file, 2000, 17);
    const r = readOrderExport({ name: file, text }, { ...opts, now: GENERATED_NOW });
    expect([digestOf(r), summaryOf(r)]).toEqual(BEFORE[file]);
  });
});
