/**
 * A line the score, an indicator or a rule crossed: its stable id and label, the card's Chinese label when it
 * has one, and for a product-level rule the product it names (the seller's code and the product name).
 */
export type Flag = { id: string; label: string; labelZh?: string; product?: { code: string; name: string } };

export const flagOf = ({ id, label, labelZh }: Flag): Flag => ({
  id,
  label,
  ...(labelZh === undefined ? {} : { labelZh }),
});
