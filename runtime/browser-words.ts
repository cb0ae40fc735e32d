import { browser } from 'wxt/browser';

/**
 * A message of the extension's catalogue in the browser's language, '' when the key has none. The one
 * place that loosens browser.i18n.getMessage's type: WXT types it by the keys generated into .wxt, which
 * may lag the catalogue, and keys built at run time are plain strings.
 */
export const browserWords = (key: string, ...subs: (string | number)[]): string =>
  (browser.i18n.getMessage as (k: string, s: string[]) => string)(key, subs.map(String));
