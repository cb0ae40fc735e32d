/**
 * A line the score, an indicator or a rule crossed: its stable id and label, the card's Chinese label when it
 * has one, and for a product-level rule the product it names (the seller's code and the product name).
 */
export type Flag = { id: string; label: string; labelZh?: string; product?: { code: string; name: string } };

/**
 * The flag a rule raises: one object per rule (a card's threshold or limit), made at its first use. The
 * outlook raises flags in thousands of samples a refresh, and keeps them while it runs (issue #17); flags
 * are read, never changed.
 */
export const flagOf = (rule: Flag): Flag => {
  let flag = made.get(rule);
  if (!flag) {
    const { id, label, labelZh } = rule;
    flag = { id, label, ...(labelZh === undefined ? {} : { labelZh }) };
    made.set(rule, flag);
  }
  return flag;
};
const made = new WeakMap<Flag, Flag>();
