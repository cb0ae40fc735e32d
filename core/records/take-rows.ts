import type { OrderColumns, ProductColumn } from './orders';

/** A copy of the given rows of `o`, in the given order (the optional per-order columns and the product as well). */
export function takeRows(o: OrderColumns & ProductColumn, rows: readonly number[]): OrderColumns & ProductColumn {
  const f = (c: Float64Array) => Float64Array.from(rows, (i) => c[i]);
  const u = (c: Uint8Array) => Uint8Array.from(rows, (i) => c[i]);
  const out: OrderColumns & ProductColumn = {
    length: rows.length,
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
  if (product) out.product = { values: product.values, codes: Uint32Array.from(rows, (i) => product.codes[i]) };
  return out;
}
