/**
 * Turns an export's bytes into text. Douyin (抖店) writes UTF-8 with a byte-order mark or, from older
 * back-office pages and after a round trip through Excel on a Chinese Windows, GBK; TikTok writes UTF-8.
 * No export says which, so we look: a BOM decides; otherwise strict UTF-8, because GBK text is almost
 * never valid UTF-8 (its two-byte sequences break UTF-8's continuation-byte rules), while the reverse
 * check — "is it valid GBK?" — passes for most UTF-8 Chinese as well and would guess wrong.
 * Node 20 and browsers ship the GBK decoder with their full ICU data.
 */
export function decodeExport(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  // Excel's "Unicode text" save: UTF-16 with its BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return mostlyUtf8(bytes) ? new TextDecoder('utf-8').decode(bytes) : new TextDecoder('gbk').decode(bytes);
  }
}

/**
 * Whether bytes that are not valid UTF-8 are still UTF-8 with a few damaged bytes (a cut or corrupted
 * copy) rather than GBK: read as UTF-8, their non-ASCII characters outnumber the invalid sequences ten to
 * one. GBK Chinese read as UTF-8 is nearly all invalid sequences; read as GBK, damaged UTF-8 Chinese turns
 * every header into other characters, and the file would be refused as no export at all.
 */
export function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (const ch of new TextDecoder('utf-8').decode(bytes)) {
    if (ch === '\ufffd') invalid++;
    else if (ch > '\u007f') valid++;
  }
  return valid >= 10 * Math.max(1, invalid);
}

/**
 * UTF-16 that lost its mark, told by its zero bytes: a CSV's commas and digits are ASCII, which UTF-16
 * writes with a zero byte after (LE) or before (BE) it, while UTF-8 and GBK text has none. Read as GBK,
 * it was refused as no export, its headers shown as other characters. Looks at the first 64 KB.
 */
export function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < Math.min(bytes.length, 65_536); i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (even + odd === 0) return null;
  return odd >= even ? 'utf-16le' : 'utf-16be';
}
