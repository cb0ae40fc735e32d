import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fieldsFor, pickFields, pickUrl } from '../../capture/tap-fields';
import { tapRunsAt } from '../registry';
import { douyinAdapter } from '.';
import { douyinNetwork } from './network';

// Every saved answer (fixtures/PROVENANCE.md says where each shape comes from), as the page-world tap cuts it.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const answers = readdirSync(dir).filter((f) => f.endsWith('.json'));
const BASE = 'https://compass.jinritemai.com/screen/anchor/shop?live_room_id=7301234567890123456';
/** Each answer at an address of its endpoint (error answers at the feed's). */
const urlOf = (file: string) => {
  const path = douyinNetwork.paths.find((p) => file.startsWith(p)) ?? 'live_order_stream';
  return `https://compass.jinritemai.com/compass_api/x/${path}?room_id=7301234567890123456&msToken=s3cret`;
};

describe('douyin: the fields the tap passes on', () => {
  it('names fields for each endpoint path it reads', () => {
    expect(Object.keys(douyinNetwork.fields).sort()).toEqual([...douyinNetwork.paths].sort());
  });

  it.each(answers)('%s reads the same cut to the listed fields, with no buyer field left', (file) => {
    const body = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const url = urlOf(file);
    const fields = fieldsFor(new URL(url).pathname, douyinNetwork.fields) as readonly string[];
    const cut = pickFields(body, fields);
    expect(douyinNetwork.parse(new URL(pickUrl(url, fields, BASE)), cut)).toEqual(
      douyinNetwork.parse(new URL(url), body),
    );
    expect(JSON.stringify(cut)).not.toMatch(/nick_name|avatar|product|title|gmv|msToken/);
  });

  it('runs the tap on the live pages the adapter reads, and on no other page of the sites', () => {
    const live = [
      'https://compass.jinritemai.com/screen/anchor/shop?live_room_id=7301234567890123456',
      'https://compass.jinritemai.com/screen/anchor/talent?live_room_id=7301234567890123456',
      'https://compass.jinritemai.com/screen/live/shop?live_room_id=7301234567890123456',
      'https://buyin.jinritemai.com/dashboard/live/control',
      'https://fxg.jinritemai.com/ffa/buyin/dashboard/live/control',
    ];
    for (const u of live)
      expect([u, douyinAdapter.matches(new URL(u), {} as Document), tapRunsAt(new URL(u))]).toEqual([u, true, true]);
    const other = ['https://compass.jinritemai.com/shop/overview', 'https://buyin.jinritemai.com/dashboard/merch'];
    for (const u of other) expect([u, tapRunsAt(new URL(u))]).toEqual([u, false]);
  });
});
