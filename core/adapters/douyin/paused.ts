/**
 * The two dialogs that freeze the Douyin control desk (domain doc §5): after long inactivity it shows
 * an idle-protection dialog, and when the live ends a "live over" summary; behind either, the figures stop.
 * They are found by their visible words, never by class names (the open-source tool that closes them
 * uses `auxo-modal` and `liveOverCloseIcon` classes, which change with every release).
 *
 * The wording is a reconstruction, unverified: that tool describes the first as the dialog "长时间不操作"
 * (after long inactivity) and the second as 【直播总结】 (the live summary) shown once the live is over;
 * the patterns accept those words and the obvious variants (长时间未操作, 直播已结束), not text read off
 * the live page. Menus and navigation are skipped, so a "直播总结" link is no dialog.
 */
const DIALOGS: readonly { words: RegExp; why: string }[] = [
  { words: /长时间(?:未|不|没有|无)操作/, why: "the desk's idle-protection dialog is open" },
  // Both words together, close by: a "直播总结" button or an earlier live's "直播已结束" badge alone is no dialog.
  {
    words: /直播总结[\s\S]{0,120}直播已结束|直播已结束[\s\S]{0,120}直播总结/,
    why: 'the "live over" summary is open: this live has ended',
  },
];

/** More text than any dialog of the desk holds (the idle dialog: ~40 characters, the summary ~200). */
const MAX_DIALOG_TEXT = 400;

/** Where words are not on show, or are no dialog: code, hidden parts, navigation. */
const NOT_SHOWN =
  'script, style, template, noscript, [hidden], [aria-hidden="true"], nav, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"]';

/** Why the page is frozen, or null. Costs one read of the page's text while neither dialog's words are in it. */
export function douyinPaused(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  const text = body.textContent ?? '';
  for (const dialog of DIALOGS) {
    if (dialog.words.test(text) && shown(body, dialog.words)) return dialog.why;
  }
  return null;
}

/** Whether an element whose own text holds `words` is on show (a dialog's words may be split across tags). */
function shown(body: HTMLElement, words: RegExp): boolean {
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!words.test(el.textContent ?? '')) continue;
    // The innermost element holding the words: its children each hold only a part, or none.
    if (Array.from(el.children).some((c) => words.test(c.textContent ?? ''))) continue;
    if (el.closest(NOT_SHOWN)) continue;
    // A dialog says little; the element holding the words amid a whole page's text is the page, not a dialog.
    if ((el.textContent ?? '').length > MAX_DIALOG_TEXT) continue;
    // display: none or visibility: hidden on the element or above it (Chromium; absent elsewhere, so shown).
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) continue;
    return true;
  }
  return false;
}
