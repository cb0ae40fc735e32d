import { describe, expect, it } from 'vitest';
import { type SenderRules, senderProblem } from '../../../background/sender-check';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const rules = (granted: string[] = []): SenderRules => ({
  id: ID,
  origin: `chrome-extension://${ID}/`,
  // As a production build declares them: Douyin's and TikTok's pages, no local page.
  matches: ['https://compass.jinritemai.com/*', 'https://shop.tiktok.com/*'],
  granted: async () => granted,
});
const page = (url: string) => ({ id: ID, url, tab: { id: 9 } });
const DESK = 'https://compass.jinritemai.com/screen/anchor/shop?live_room_id=7301234567890123456';

describe('who may send what to the background', () => {
  it('lets LES Radar’s own pages send anything', async () => {
    const options = { id: ID, url: `chrome-extension://${ID}/options.html` };
    for (const type of ['erase-all', 'manual-count', 'snapshots', 'get-estimate'])
      expect(await senderProblem(type, options, rules())).toBeNull();
  });

  it('refuses a sender that is not this extension', async () => {
    expect(await senderProblem('get-estimate', { id: 'other', url: 'chrome-extension://other/x.html' }, rules())).toBe(
      'get-estimate: not from LES Radar',
    );
    expect(await senderProblem('get-estimate', {}, rules())).toBe('get-estimate: not from LES Radar');
  });

  it('lets the content script send capture’s messages from the pages it is declared for', async () => {
    for (const type of ['snapshots', 'stream-head', 'feed-known', 'capture-config', 'get-overlay', 'save-binding'])
      expect(await senderProblem(type, page(DESK), rules())).toBeNull();
  });

  it('refuses the content script anything else, wherever it runs', async () => {
    for (const type of ['erase-all', 'delete-stream', 'manual-count', 'get-estimate', 'list-streams', 'what-if'])
      expect(await senderProblem(type, page(DESK), rules())).toBe(
        `${type}: only LES Radar's own pages may send this message`,
      );
  });

  it('refuses capture’s messages from a page neither declared nor granted, and from no tab', async () => {
    expect(await senderProblem('snapshots', page('http://localhost:5173/'), rules())).toBe(
      'snapshots: LES Radar does not capture on http://localhost:5173/',
    );
    // The extension's origin in the query does not make a web page one of its own.
    expect(await senderProblem('snapshots', page(`https://evil.example/?chrome-extension://${ID}/`), rules())).toBe(
      'snapshots: LES Radar does not capture on https://evil.example/',
    );
    expect(await senderProblem('snapshots', { id: ID, url: DESK }, rules())).toBe(
      'snapshots: LES Radar does not capture on https://compass.jinritemai.com/screen/anchor/shop',
    );
    expect(await senderProblem('snapshots', { id: ID }, rules())).toBe('snapshots: the sending page has no address');
  });

  it('lets capture’s messages come from a site the seller granted for a picked number', async () => {
    const shop = page('https://erp.example.com/live/42');
    expect(await senderProblem('save-binding', shop, rules())).not.toBeNull();
    expect(await senderProblem('save-binding', shop, rules(['https://erp.example.com/*']))).toBeNull();
  });
});
