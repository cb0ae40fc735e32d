import { describe, expect, it } from 'vitest';
import { decoderFor, sniffEncoding } from '../../../../workers/import/encoding';
import { parseExportFile } from '../../../../workers/import/parse-file';
import {
  BEFORE,
  digestOf,
  GENERATED_NOW,
  generatedExport,
  summaryOf,
  VARIANTS,
} from '../../core/exports/generated-variants';

/**
 * The file streamed through the import worker's parser reads exactly what the reader read before the
 * speed work of issue #17 (the digests of tests/unit/core/exports/generated-variants.ts): the same
 * columns, ids, kept texts, rejected rows with their line numbers, and warnings. Slices of 4 kB cut
 * records, cells and characters across slices, as 512 kB slices do in a large file.
 */
describe('parseExportFile reads generated exports of every variant as before the speed work', () => {
  it.each(VARIANTS)('$file', async ({ file, opts }) => {
    const bytes = new TextEncoder().encode(generatedExport(file, 2000, 17));
    const run = parseExportFile(new Blob([bytes]), file, decoderFor(sniffEncoding(bytes)), {
      ...opts,
      now: GENERATED_NOW,
      sliceBytes: 4096,
      onSlice: () => {},
    });
    const r = await run.done;
    if (r === 'cancelled') throw new Error('not cancelled');
    expect([digestOf(r), summaryOf(r)]).toEqual(BEFORE[file]);
  });
});
