import { browser } from 'wxt/browser';
import type { Phrase } from '../core/lib/phrase';
import type { Language } from '../core/settings/settings';
import type en from '../public/_locales/en/messages.json';
import { browserWords } from '../runtime/browser-words';

/**
 * Every face's words come from `_locales/<lang>/messages.json`. browser.i18n always follows the
 * browser's language, so when the seller picks another one in the settings, the page fetches that
 * catalogue once at start (`loadLanguage`) and `t` looks keys up in it instead.
 */
export type MessageKey = keyof typeof en;
export type Catalogue = Record<string, { message: string }>;

let override: Catalogue | null = null;

/** `$1`…`$9` replaced by the substitutions and `$$` by `$`, as browser.i18n.getMessage does. */
export function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const own = override?.[key];
  if (own) return substitute(own.message, strings);
  return browserWords(key, ...strings) || key;
}

/**
 * A message with elements inside (`$1 now → $2 after this stream`): the text split around the
 * substitutions, which stay whatever they are (JSX nodes), so each language orders them its own way.
 */
export function tParts<T>(key: MessageKey, ...parts: T[]): (string | T)[] {
  const marks = parts.map((_, i) => `\uE000${i}\uE001`);
  return t(key, ...marks)
    .split(/\uE000(\d)\uE001/)
    .map((s, i) => (i % 2 ? parts[Number(s)] : s))
    .filter((s) => s !== '');
}

/** Whether the words in use have this key (the chosen catalogue, else the browser's). */
function known(key: string): boolean {
  if (override) return key in override;
  return key !== '' && browserWords(key) !== '';
}

/**
 * A phrase core built (core/lib/phrase.ts) in the words in use, its inner phrases too; `english` (core's own
 * text) when a key is unknown — an estimate stored before the phrase, or an action without one.
 */
export function say(p: Phrase | null | undefined, english: string): string {
  const render = (q: Phrase): string | null => {
    if (!known(q.key)) return null;
    const subs: string[] = [];
    for (const x of q.params) {
      const s = typeof x === 'string' ? x : render(x);
      if (s === null) return null;
      subs.push(s);
    }
    return t(q.key as MessageKey, ...subs);
  };
  return (p && render(p)) ?? english;
}

/** A scorecard line's label in the words in use: the card's Chinese wording in Chinese, when it has one. */
export const cardLabel = (l: { label: string; labelZh?: string }): string =>
  intlLocale() === 'zh-CN' && l.labelZh ? l.labelZh : l.label;

/** The BCP 47 locale of the words in use, for Intl number and date formats ("en-US", "zh-CN"). */
export const intlLocale = (): string => t('intl_locale');

/** Loads the chosen catalogue ('auto': none, browser.i18n follows the browser) and marks the page's language. */
export async function loadLanguage(language: Language, load: (lang: string) => Promise<Catalogue> = fetchCatalogue) {
  override = language === 'auto' ? null : await load(language).catch(() => null);
  if (typeof document !== 'undefined') document.documentElement.lang = intlLocale();
}

async function fetchCatalogue(lang: string): Promise<Catalogue> {
  const url = browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/');
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}
