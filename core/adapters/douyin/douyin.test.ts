// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { douyinAdapter } from './index';

// Hand-written stand-ins for the saved pages, reconstructions, unverified (fixtures/PROVENANCE.md): the Compass
// screen shows 成交订单数 1,234 one digit per element; the Buyin desk shows 成交订单 876 and 直播间ID
// 7301234567890123456; desk-dialogs.html holds its idle-protection and "live over" dialogs (structure from an
// open-source tool, words reconstructed). The anchor screens' addresses are documented (same table).
// happy-dom replaces the global URL, so file paths are built with node:path.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const load = (name: string): Document =>
  new DOMParser().parseFromString(readFileSync(join(dir, name), 'utf8'), 'text/html');
const screen = () => load('compass-screen.html');
const desk = () => load('buyin-control.html');

const ROOM = '7301234567890123456';
const SCREEN_URL = new URL(`https://compass.jinritemai.com/screen/live/shop?live_room_id=${ROOM}&from=live_list`);
const DESK_URL = new URL('https://buyin.jinritemai.com/dashboard/live/control');
const FXG_URL = new URL('https://fxg.jinritemai.com/ffa/buyin/dashboard/live/control?btm_ppre=a2427.b76571');
const ANCHOR_SHOP = new URL(`https://compass.jinritemai.com/screen/anchor/shop?live_room_id=${ROOM}`);
const ANCHOR_TALENT = new URL(`https://compass.jinritemai.com/screen/anchor/talent?live_room_id=${ROOM}`);

const read = (doc: Document) => {
  const el = douyinAdapter.findCounter(doc);
  return el ? douyinAdapter.readCounter(el) : null;
};

/** A release: every class name regenerated. */
const reclass = (doc: Document) => {
  for (const el of Array.from(doc.querySelectorAll('[class]')))
    el.setAttribute('class', `x${Math.random().toString(36).slice(2, 8)}`);
};

/** The tile holding the label `label`. */
const tileOf = (doc: Document, label: string, levels: number): Element => {
  let el = Array.from(doc.querySelectorAll('span, p')).find((e) => e.textContent === label) as Element;
  for (let i = 0; i < levels; i++) el = el.parentElement as Element;
  return el;
};

describe('douyin adapter: which pages', () => {
  it('matches the Compass anchor screens (shop and talent), the live screen, the Buyin desk and the Doudian desk', () => {
    for (const url of [
      ANCHOR_SHOP,
      ANCHOR_TALENT,
      SCREEN_URL,
      DESK_URL,
      FXG_URL,
      new URL(`https://compass.jinritemai.com/screen/live/talent/live_room_id=${ROOM}`),
    ]) {
      expect(douyinAdapter.matches(url, screen()), url.href).toBe(true);
    }
  });

  it('does not match look-alike hosts, plain http, or other pages of the same sites', () => {
    for (const href of [
      `https://compass.jinritemai.com.evil.example/screen/live/shop?live_room_id=${ROOM}`,
      `https://evil-compass.jinritemai.com/screen/live/shop`,
      `https://jinritemai.com.evil.example/compass.jinritemai.com/screen/`,
      `http://compass.jinritemai.com/screen/live/shop?live_room_id=${ROOM}`,
      'https://compass.jinritemai.com/shop/live-detail',
      `https://compass.jinritemai.com/screen/anchor/shopping?live_room_id=${ROOM}`,
      'https://compass.jinritemai.com/screen/other',
      'https://buyin.jinritemai.com/dashboard/merch-picking-library',
      'https://fxg.jinritemai.com/ffa/morder/order/list',
      'https://www.douyin.com/root/live/123',
    ]) {
      expect(douyinAdapter.matches(new URL(href), screen()), href).toBe(false);
    }
  });

  it('lists whole-origin host patterns, since the live pages are reached inside single-page apps', () => {
    expect(douyinAdapter.hosts).toEqual([
      'https://compass.jinritemai.com/*',
      'https://buyin.jinritemai.com/*',
      'https://fxg.jinritemai.com/*',
    ]);
  });
});

describe('douyin adapter: stream id', () => {
  it('takes the room from the live_room_id or room_id parameter, or from the path', () => {
    const blank = new DOMParser().parseFromString('<p>直播大屏</p>', 'text/html'); // the anchor screen names no room
    expect(douyinAdapter.streamId(ANCHOR_SHOP, blank)).toBe(`douyin:${ROOM}`);
    expect(douyinAdapter.streamId(ANCHOR_TALENT, blank)).toBe(`douyin:${ROOM}`);
    expect(douyinAdapter.streamId(SCREEN_URL, screen())).toBe(`douyin:${ROOM}`);
    expect(
      douyinAdapter.streamId(new URL(`https://compass.jinritemai.com/screen/live/shop?room_id=${ROOM}`), screen()),
    ).toBe(`douyin:${ROOM}`);
    expect(
      douyinAdapter.streamId(
        new URL(`https://compass.jinritemai.com/screen/live/talent/live_room_id=${ROOM}`),
        screen(),
      ),
    ).toBe(`douyin:${ROOM}`);
  });

  it('takes the room from the desk header "直播间ID：" when the URL has none', () => {
    expect(douyinAdapter.streamId(DESK_URL, desk())).toBe(`douyin:${ROOM}`);
    expect(douyinAdapter.streamId(FXG_URL, desk())).toBe(`douyin:${ROOM}`);
  });

  it('has no stream id while neither the URL nor the page names a room', () => {
    expect(douyinAdapter.streamId(new URL('https://compass.jinritemai.com/screen/live/shop'), screen())).toBeNull();
    const doc = desk();
    (doc.querySelector('[class*="roomId"]') as Element).textContent = '';
    expect(douyinAdapter.streamId(DESK_URL, doc)).toBeNull();
  });
});

describe('douyin adapter: the paid-orders counter', () => {
  it('reads 1,234 on the Compass screen, whose digits are drawn one per element', () => {
    expect(douyinAdapter.findCounter(screen())?.textContent).toBe('1,234');
    expect(read(screen())).toMatchObject({ ok: true, value: 1234 });
  });

  it('reads 876 from the desk tile 成交订单, not the 在线人数 1,234 or a product’s 已售', () => {
    expect(read(desk())).toMatchObject({ ok: true, value: 876 });
  });

  it('reads the desk in English by its "Paid orders" label', () => {
    const doc = desk();
    for (const p of Array.from(doc.querySelectorAll('p')))
      if (p.textContent === '成交订单') p.textContent = 'Paid orders';
    expect(read(doc)).toMatchObject({ ok: true, value: 876 });
  });

  it('prefers 成交订单数 to 支付订单数 wherever each stands on the page', () => {
    const doc = screen();
    const other = tileOf(doc, '成交人数', 2);
    (other.querySelector('span') as Element).textContent = '支付订单数';
    other.parentElement?.prepend(other); // 支付订单数 1,102 now stands first in the page
    expect(read(doc)).toMatchObject({ ok: true, value: 1234 });
  });

  it('still finds both counters after a release renames every class', () => {
    const a = screen();
    const b = desk();
    reclass(a);
    reclass(b);
    expect(read(a)).toMatchObject({ ok: true, value: 1234 });
    expect(read(b)).toMatchObject({ ok: true, value: 876 });
  });

  it('finds the new value after the tile is re-rendered', () => {
    const doc = screen();
    const tile = tileOf(doc, '成交订单数', 2);
    const before = douyinAdapter.findCounter(doc);
    tile.innerHTML =
      '<div class="n1"><span>成交订单数</span></div><div class="n2"><span>1</span><span>,</span><span>2</span><span>9</span><span>0</span></div>';
    const after = douyinAdapter.findCounter(doc);
    expect(after).not.toBe(before);
    expect(after && douyinAdapter.readCounter(after)).toMatchObject({ ok: true, value: 1290 });
  });

  it('reports a tile showing "—" as unreadable, not the neighbouring tiles’ numbers', () => {
    const screenDoc = screen();
    const digits = tileOf(screenDoc, '成交订单数', 2).querySelector('[class*="roll_number"]') as Element;
    digits.replaceChildren('—');
    expect(douyinAdapter.findCounter(screenDoc)?.textContent).toBe('—');
    expect(read(screenDoc)).toEqual({ ok: false, reason: expect.stringContaining('"—"') });

    const deskDoc = desk();
    const num = tileOf(deskDoc, '成交订单', 1).querySelectorAll('p')[1];
    num.textContent = '—';
    expect(douyinAdapter.findCounter(deskDoc)?.textContent).toBe('—');
    expect(read(deskDoc)).toEqual({ ok: false, reason: expect.stringContaining('"—"') });
  });

  it('finds nothing when the tile is gone, though the ranking has a 成交订单数 column with 812 under it', () => {
    const doc = screen();
    tileOf(doc, '成交订单数', 2).remove();
    expect(douyinAdapter.findCounter(doc)).toBeNull();
  });
});

describe('douyin adapter: the desk freezes itself', () => {
  /** The desk with one of its dialogs open, as the desk puts it: at the end of the body. */
  const withDialog = (which: 'idle' | 'live-over'): Document => {
    const doc = desk();
    const dialogs = load('desk-dialogs.html');
    doc.body.append(...Array.from(dialogs.querySelector(`[data-fixture="${which}"]`)?.children ?? []));
    return doc;
  };

  it('is running while no dialog is open', () => {
    expect(douyinAdapter.paused?.(desk())).toBeNull();
    expect(douyinAdapter.paused?.(screen())).toBeNull();
  });

  it('names the idle-protection dialog, found by its words though they are split across tags', () => {
    expect(douyinAdapter.paused?.(withDialog('idle'))).toBe("the desk's idle-protection dialog is open");
  });

  it('names the "live over" summary', () => {
    expect(douyinAdapter.paused?.(withDialog('live-over'))).toBe(
      'the "live over" summary is open: this live has ended',
    );
  });

  it('still finds them after a release renames every class', () => {
    const doc = withDialog('idle');
    reclass(doc);
    expect(douyinAdapter.paused?.(doc)).toBe("the desk's idle-protection dialog is open");
  });

  it('runs again once the dialog is closed or hidden, and ignores the words where they are not on show', () => {
    const doc = withDialog('idle');
    const modal = Array.from(doc.querySelectorAll('div')).find((d) => d.textContent?.startsWith('温馨提示')) as Element;
    modal.setAttribute('hidden', ''); // closed, kept in the page for next time
    expect(douyinAdapter.paused?.(doc)).toBeNull();
    modal.remove();
    // A menu entry "直播总结" and a script mentioning the dialog are no dialog.
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<nav><a href="/review">直播总结</a></nav><script>const tip = "您已长时间未操作"</script>',
    );
    expect(douyinAdapter.paused?.(doc)).toBeNull();
  });
});

describe('provenance', () => {
  it('says its page shape is unverified: the counters and the desk dialogs are reconstructions', () => {
    expect(douyinAdapter.verified).toBe(false);
  });
});

describe('paused: ordinary words are no dialog', () => {
  it('does not pause for an earlier live’s "直播已结束" badge or a "直播总结" button alone (review of #14)', () => {
    const doc = new DOMParser().parseFromString(
      // An app's one root holds the whole page: the words are in it, but it is no dialog.
      '<div id="root"><main><ul><li>昨天 20:00 <span>直播已结束</span></li></ul><p>成交订单</p><p>120</p></main>' +
        '<footer><button>直播总结</button> · 帮助 · 设置 · 关于我们 · 联系客服 · 隐私政策 · 用户协议 · 商家后台 · 更多服务 · 返回顶部 · 友情链接 · 版权所有 · 备案信息 · 营业执照 · 网络文化经营许可证 · 违法和不良信息举报 · 未成年人保护 · 算法推荐专项举报 · 网上有害信息举报专区 · 廉洁举报</footer>' +
        `<section>${'实时数据 '.repeat(80)}</section></div>`,
      'text/html',
    );
    expect(douyinAdapter.paused?.(doc)).toBeNull();
  });
});
