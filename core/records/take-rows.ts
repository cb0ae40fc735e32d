import type { OrderColumns, ProductColumn } from './orders';

/** `c` at the given rows, in plain loops: `TypedArray.from(rows, fn)` took seconds for a million rows. */
function pick<T extends Float64Array | Uint8Array | Uint32Array>(c: T, rows: readonly number[], out: T): T {
  for (let k = 0; k < rows.length; k++) out[k] = c[rows[k]];
  return out;
}

/** A copy of the given rows of `o`, in the given order (the optional per-order columns and the product as well). */
export function takeRows(o: OrderColumns & ProductColumn, rows: readonly number[]): OrderColumns & ProductColumn {
  const n = rows.length;
  const f = (c: Float64Array) => pick(c, rows, new Float64Array(n));
  const u = (c: Uint8Array) => pick(c, rows, new Uint8Array(n));
  const out: OrderColumns & ProductColumn = {
    length: n,
    paidAt: f(o.paidAt),
    shippedAt: f(o.shippedAt),
    deliveredAt: f(o.deliveredAt),
    deliverBy: f(o.deliverBy),
    shipBy: f(o.shipBy),
    cancelledAt: f(o.cancelledAt),
    cancelledBy: u(o.cancelledBy),
    flags: u(o.flags),
  };
  if (o.weight) out.weight = f(o.weight);
  if (o.createdAt) out.createdAt = f(o.createdAt);
  if (o.rtsAt) out.rtsAt = f(o.rtsAt);
  const product = o.product;
  if (product) out.product = { values: product.values, codes: pick(product.codes, rows, new Uint32Array(n)) };
  return out;
}
