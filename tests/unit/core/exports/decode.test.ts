import { describe, expect, it } from 'vitest';
import { decodeExport } from '../../../../core/exports/decode';
import { fixture } from './helpers';

const utf8 = fixture('douyin-orders.utf8.csv');
const gbk = fixture('douyin-orders.gbk.csv');

describe('decodeExport', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect([...utf8.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decodeExport(utf8);
    expect(text.startsWith('"主订单编号","子订单编号"')).toBe(true);
  });

  it('falls back to GBK when the bytes are not UTF-8, and gets the same text', () => {
    // The GBK fixture really is not UTF-8 (iconv's output, no BOM) …
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(gbk.length).toBeLessThan(utf8.length); // two bytes a character instead of three
    // … and decodes to the very text of the UTF-8 copy.
    expect(decodeExport(gbk)).toBe(decodeExport(utf8));
  });

  it('reads UTF-8 without a BOM (TikTok) as UTF-8, even when it holds Chinese', () => {
    const bytes = new TextEncoder().encode('Order ID,Product Name\n576461234567890101,纯棉T恤 café\n');
    expect(decodeExport(bytes)).toBe('Order ID,Product Name\n576461234567890101,纯棉T恤 café\n');
  });

  it('reads a few known GBK bytes', () => {
    // 主 = D6 F7, 订 = B6 A9, 单 = B5 A5 in GBK (GB 2312 rows 54, 22, 21).
    expect(decodeExport(new Uint8Array([0xd6, 0xf7, 0xb6, 0xa9, 0xb5, 0xa5]))).toBe('主订单');
  });

  it('reads UTF-16 with a BOM, as Excel saves "Unicode text"', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x3b, 0x4e, 0xa2, 0x8b]); // 主订 little-endian
    const be = new Uint8Array([0xfe, 0xff, 0x4e, 0x3b, 0x8b, 0xa2]);
    expect(decodeExport(le)).toBe('主订');
    expect(decodeExport(be)).toBe('主订');
  });

  it('gives an empty string for no bytes', () => {
    expect(decodeExport(new Uint8Array())).toBe('');
  });
});
