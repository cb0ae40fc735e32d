import { fakeBrowser } from 'wxt/testing/fake-browser';
import { substitute } from '../../components/i18n';
import en from '../../public/_locales/en/messages.json';

// The fake browser has no i18n: answer from the English catalogue, as an English browser would.
const messages: Record<string, { message: string }> = en;
fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
  substitute(messages[key]?.message ?? '', typeof subs === 'string' ? [subs] : (subs ?? []))) as never;
fakeBrowser.i18n.getUILanguage = () => 'en';
