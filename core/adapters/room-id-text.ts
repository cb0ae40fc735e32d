/**
 * A room id printed on the page after a label ("直播间ID：7301…", "Room ID 7301…"), in the label's own
 * element or in the next one. Text leaves are read one at a time, never the body's whole text, where
 * the id would run into the digits of whatever element follows it.
 */
export function roomIdFromText(doc: Document, labels: readonly string[]): string | null {
  const leaves = Array.from((doc.body ?? doc.documentElement).querySelectorAll('*')).filter(
    (el) => el.childElementCount === 0 && (el.textContent ?? '').trim() !== '',
  );
  const wanted = labels.map((l) => l.toLowerCase());
  for (let i = 0; i < leaves.length; i++) {
    const text = (leaves[i].textContent ?? '').trim();
    const label = wanted.find((l) => text.toLowerCase().startsWith(l));
    if (label === undefined) continue;
    const rest = text.slice(label.length).replace(/^[\s:：#]+/, '');
    const idText = rest || (leaves[i + 1]?.textContent ?? '').trim();
    if (/^\d{6,25}$/.test(idText)) return idText;
  }
  return null;
}

/** The first of `names` present as a query parameter holding an id of digits. */
export function roomIdFromQuery(url: URL, names: readonly string[]): string | null {
  for (const name of names) {
    const v = url.searchParams.get(name)?.trim();
    if (v && /^\d{6,25}$/.test(v)) return v;
  }
  return null;
}
