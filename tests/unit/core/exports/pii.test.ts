import { describe, expect, it } from 'vitest';
import { createExportReader } from '../../../../core/exports/reader';
import { fixtureText, london, read, shanghai, table } from './helpers';

/**
 * Personal data must be dropped while parsing. Each fixture fills every personal column; we collect
 * every value of those columns from the file itself and look for each in the serialised output.
 */
const TIKTOK_PERSONAL = [
  'Buyer Message',
  'Buyer Username',
  'Recipient',
  'Phone #',
  'Zipcode',
  'Country',
  // A UK export's State holds a county ("West Yorkshire"): not a US state, so never kept (regions.ts).
  'State',
  'City',
  'Districts',
  'Villages',
  'Detail Address',
  'Additional address information',
  'Seller Note', // free text: sellers write names and phone numbers in it
  'Tracking ID', // opens the carrier's tracking page
];
const DOUYIN_PERSONAL = [
  '收件人',
  '收件人手机号',
  // 省 is not here: the province is kept on purpose (destination for carrier scorecards); it is shared
  // by tens of millions of people, so it is not personal (core/exports/regions.ts). 市 and finer are.
  '市',
  '区',
  '街道',
  '详细地址',
  '买家留言',
  '商家备注',
  '达人昵称',
];
// Tracking numbers sit inside 快递信息 next to the carrier's name.
const DOUYIN_TRACKING = ['75891234567890', 'YT8812345678901', '75891234567999'];

/** Every value of the named columns, and the pieces a leak could take: each line, the digits of a phone. */
function personalValues(text: string, columns: string[]): string[] {
  const [header, ...rows] = table(text);
  const needles = new Set<string>();
  for (const column of columns) {
    const i = header.indexOf(column);
    expect(i, column).toBeGreaterThanOrEqual(0);
    for (const row of rows) {
      const v = row[i].trim();
      if (v === '') continue;
      needles.add(v);
      for (const part of v.split('\n')) needles.add(part.trim());
      const digits = v.replace(/\D/g, '');
      if (digits.length >= 7) needles.add(digits).add(digits.slice(-10)); // with and without +44
    }
  }
  return [...needles].filter((n) => n.length >= 3);
}

function leaks(output: unknown, needles: string[]): string[] {
  const json = JSON.stringify(output);
  return needles.filter((n) => json.includes(n) || json.includes(JSON.stringify(n).slice(1, -1)));
}

describe('personal data', () => {
  it('no value of a TikTok personal column reaches the output', () => {
    const text = fixtureText('tiktok-orders.csv');
    const needles = personalValues(text, TIKTOK_PERSONAL);
    expect(needles.length).toBeGreaterThan(40); // the scan has something to find
    expect(needles).toContain('Margaret Thornbury');
    expect(needles).toContain('7700900123');
    const output = read('tiktok-orders.csv', text, london);
    expect(JSON.stringify(output)).toContain('576461234567890101'); // and the output is not empty
    expect(leaks(output, needles)).toEqual([]);
  });

  it.each(['douyin-orders.utf8.csv', 'douyin-orders.gbk.csv'])(
    'no value of a Douyin personal column reaches the output (%s)',
    (file) => {
      const text = fixtureText(file);
      const needles = [...personalValues(text, DOUYIN_PERSONAL), ...DOUYIN_TRACKING];
      expect(needles).toContain('##Vk1TQzlyT0xQZmJzaw8kQ1##'); // an encrypted recipient
      expect(needles).toContain('$$MTM5MDAwMDg4ODg3Mzk=$$'); // an encrypted phone
      expect(needles).toContain('13812345678');
      const output = read(file, text, shanghai);
      expect(JSON.stringify(output)).toContain('6917591234567890101');
      expect(leaks(output, needles)).toEqual([]);
    },
  );

  it('no personal value reaches the rejections either, even when every row is refused', () => {
    const rows = table(fixtureText('tiktok-orders.csv'));
    const paid = rows[0].indexOf('Paid Time');
    const recipient = rows[0].indexOf('Recipient');
    // Broken rows: the paid time replaced by the recipient's name, and a row with a field too many.
    const bad = rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === paid ? r[recipient] : c))));
    bad.push([...rows[1], 'Margaret Thornbury']);
    const needles = personalValues(fixtureText('tiktok-orders.csv'), TIKTOK_PERSONAL);
    const reader = createExportReader(bad[0], { ...london, name: 'bad.csv' });
    if (!reader.ok) throw new Error(reader.error.message);
    bad.slice(1).forEach((r, i) => {
      reader.data.push(r, i + 2);
    });
    const output = reader.data.finish();
    expect(output.ok && output.data.rejected.length).toBe(7);
    expect(leaks(output, needles)).toEqual([]);
  });

  it('looks only at the allow-listed cells of a row', () => {
    const rows = table(fixtureText('tiktok-orders.csv'));
    const header = rows[0];
    const allowed = new Set(
      ['Order ID', 'Order Status', 'Normal or Pre-order', 'Quantity', 'Order Amount', 'Paid Time', 'Shipped Time']
        .concat(['Delivered Time', 'Cancelled Time'])
        .concat(['Cancel By', 'Shipping Provider Name'])
        .concat(['Created Time', 'RTS Time', 'Product Name', 'Seller SKU', 'Delivery Option', 'State'])
        .map((h) => header.indexOf(h)),
    );
    const touched = new Set<number>();
    // A row that records which cells are read.
    const spy = (row: string[]) =>
      new Proxy(row, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) touched.add(Number(key));
          return Reflect.get(target, key, receiver);
        },
      });
    const reader = createExportReader(header, { ...london, name: 'spy.csv' });
    if (!reader.ok) throw new Error(reader.error.message);
    rows.slice(1).forEach((r, i) => {
      reader.data.push(spy(r), i + 2);
    });
    expect(reader.data.finish().ok).toBe(true);
    expect([...touched].filter((i) => !allowed.has(i))).toEqual([]);
    expect(touched.size).toBe(allowed.size);
  });

  it('keeps the destination at province or state level only: a city, or a county outside the lists, becomes unknown', () => {
    const douyin = read('douyin-orders.utf8.csv', fixtureText('douyin-orders.utf8.csv'), shanghai);
    const json = JSON.stringify(douyin.meta.region);
    // The fixture's four orders go to 浙江省, 江苏省, 广东省 and 四川省; their 市 (杭州市, 南京市 …) is never read.
    expect(douyin.meta.region.values).toEqual(['', '浙江省', '江苏省', '广东省', '四川省']);
    for (const city of ['杭州市', '南京市', '深圳市', '成都市', '西湖区']) expect(json).not.toContain(city);
    // A UK export's State is a county; the TikTok fixture's are all left unknown.
    const tiktok = read('tiktok-orders.csv', fixtureText('tiktok-orders.csv'), london);
    expect(tiktok.meta.region.values).toEqual(['']);
  });
});
