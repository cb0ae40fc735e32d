/**
 * Reads a whole-number counter as dashboards print it: "1234", "1,234", "1 234" (thin or normal
 * spaces). Anything else is reported with the text, never guessed; the capture issue widens this
 * to abbreviations (万, K, M) and regional separators.
 */
export type Parsed = { ok: true; value: number } | { ok: false; reason: string };

// One separator throughout: "1,234,567" or "1 234 567", never "1,234 567".
const GROUPED = /^\d{1,3}(?:([,\u2009\u202f\u00a0 ])\d{3})?(?:\1\d{3})*$/;

export function parseCount(text: string): Parsed {
  const t = text.trim();
  if (/^\d+$/.test(t) || GROUPED.test(t)) {
    const value = Number(t.replace(/\D/g, ''));
    if (Number.isSafeInteger(value)) return { ok: true, value };
  }
  return { ok: false, reason: `not a whole-number count: "${t.slice(0, 40)}"` };
}
