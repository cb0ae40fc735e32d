// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { formatCount, STAGE_LABEL, STATUS_WORD } from '../../../../components/format';
import { type Catalogue, loadLanguage, substitute, t, tParts } from '../../../../components/i18n';

import zh from '../../../../public/_locales/zh_CN/messages.json';

// happy-dom's URL cannot name files: the catalogue comes in as a module instead of a fetch.
const load = async (lang: string): Promise<Catalogue> => (lang === 'zh_CN' ? zh : {});

describe('t', () => {
  afterEach(() => loadLanguage('auto'));

  it('follows the browser (English here) and fills $1… in order', () => {
    expect(t('popup_stream_orders')).toBe('Stream orders');
    expect(t('fig_late_range', '3', '40')).toBe('P10–P90 3–40');
    expect(t('capacity_next_pickup', 400, '17:00')).toBe('next pickup takes 400 at 17:00');
  });

  it('substitutes like browser.i18n: $$ is a dollar, a missing substitution is empty', () => {
    expect(substitute('$2 before $1, $$5', ['a', 'b'])).toBe('b before a, $5');
    expect(substitute('x $3 y', ['a'])).toBe('x  y');
  });

  it('uses the chosen catalogue over the browser, and the browser again with auto', async () => {
    await loadLanguage('zh_CN', load);
    expect(t('popup_stream_orders')).toBe('本场订单');
    expect(t('capacity_next_pickup', 400, '17:00')).toBe('下次揽收 17:00，可收 400 件');
    expect(STATUS_WORD.red).toBe('订单有超时风险');
    expect(STAGE_LABEL.pickPack).toBe('拣货打包');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(document.documentElement.lang).toBe('zh-CN');
    await loadLanguage('auto');
    expect(t('popup_stream_orders')).toBe('Stream orders');
    expect(STATUS_WORD.red).toBe('Orders at risk');
  });

  it('keeps the browser language when the catalogue cannot be read', async () => {
    await loadLanguage('zh_CN', () => Promise.reject(new Error('gone')));
    expect(t('status_green')).toBe('On track');
  });

  it('splits a message around elements, each language in its own order', async () => {
    expect(tParts('outlook_score_line', 'A', 'B')).toEqual(['A', ' now → ', 'B', ' after this stream']);
    await loadLanguage('zh_CN', load);
    expect(tParts('outlook_score_line', 'A', 'B')).toEqual(['当前 ', 'A', ' → 本场后 ', 'B']);
  });
});
