import { mostlyUtf8, unmarkedUtf16 } from '../../core/exports/decode';

/** How far into the file we look to decide its encoding. */
export const SNIFF_BYTES = 64 * 1024;

export type ExportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

/**
 * The encoding of an export from its first bytes, by the rule of core/exports/decode.ts: a byte-order
 * mark decides; zero bytes mean UTF-16 that lost its mark; else valid UTF-8 means UTF-8 (GBK Chinese is almost never valid UTF-8, while most UTF-8
 * Chinese is also "valid GBK", so only this direction of the test is reliable), as does mostly valid
 * UTF-8 (one damaged byte); else GBK.
 * `stream: true` keeps a character cut in two at the end of the sample from counting as invalid.
 */
export function sniffEncoding(head: Uint8Array): ExportEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const utf16 = unmarkedUtf16(head);
  if (utf16) return utf16;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    // UTF-8 Chinese with a damaged byte: read as UTF-8, which stops there and names the bytes.
    return mostlyUtf8(head) ? 'utf-8' : 'gbk';
  }
}

/**
 * The decoder for the rest of the file. UTF-8 is strict: a file that was valid UTF-8 for its first
 * 64 KB and then is not is damaged or mixed, and a U+FFFD in a status cell would change an order's
 * meaning silently, so it stops with an error instead. GBK stays lenient, as decodeExport decodes it:
 * it was chosen because the file is not UTF-8, and there is nothing else to fall back to.
 * The BOM, when there is one, is dropped by the decoder.
 */
export function decoderFor(encoding: ExportEncoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
}
