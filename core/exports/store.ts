import { interner, mapValues } from '../lib/string-column';
import { CancelledBy, OrderFlag, productKey, productOfKey, type RecordedOrders } from '../records/orders';
import { carrierLabel, promiseLabel } from './kept-values';
import { provinceOf } from './regions';
import type { Line, OrderExport } from './types';
import { productLabel } from './values';

type Columns = {
  createdAt: Float64Array;
  paidAt: Float64Array;
  rtsAt: Float64Array;
  shippedAt: Float64Array;
  deliveredAt: Float64Array;
  cancelledAt: Float64Array;
  cancelledBy: Uint8Array;
  flags: Uint8Array;
  quantity: Uint32Array;
  amountFen: Float64Array;
  product: Uint32Array;
  productKey: Uint32Array;
  promise: Uint32Array;
  region: Uint32Array;
};

function allocate(size: number, from?: Columns): Columns {
  const c: Columns = {
    createdAt: new Float64Array(size),
    paidAt: new Float64Array(size),
    rtsAt: new Float64Array(size),
    shippedAt: new Float64Array(size),
    deliveredAt: new Float64Array(size),
    cancelledAt: new Float64Array(size),
    cancelledBy: new Uint8Array(size),
    flags: new Uint8Array(size),
    quantity: new Uint32Array(size),
    amountFen: new Float64Array(size),
    product: new Uint32Array(size),
    productKey: new Uint32Array(size),
    promise: new Uint32Array(size),
    region: new Uint32Array(size),
  };
  if (from) for (const k of Object.keys(c) as (keyof Columns)[]) c[k].set(from[k]);
  return c;
}

/** Each text in its kept form, computed once per distinct text. */
function keptForms(texts: readonly string[], form: (text: string) => string): string[] {
  const seen = new Map<string, string>();
  return texts.map((t) => {
    const known = seen.get(t);
    if (known !== undefined) return known;
    const kept = form(t);
    seen.set(t, kept);
    return kept;
  });
}

/** The later of two instants; NaN only when both are. */
const later = (a: number, b: number) => (Number.isNaN(a) || b > a ? b : a);

const nanFilled = (n: number) => new Float64Array(n).fill(Number.NaN);

/** One growing dictionary per string column: its values, and the code of a string. */
const dictionary = () => {
  const values = [''];
  return { values, code: interner(values) };
};

/**
 * Merges SKU lines into orders in growing typed arrays. Lines of one order need not be adjacent.
 * The lines of an order normally agree on its times; when they do not (a split shipment, a line
 * refunded before shipping), the order is created, paid or cancelled when its first line says so, and
 * ready to ship, shipped or delivered when its LAST parcel is — the late reading, as the score counts
 * the order late if any part of it is. Product, promise and region come from the first line giving one.
 */
export class OrderStore {
  private c = allocate(1024);
  private index = new Map<string, number>();
  private ids: string[] = [];
  private carrier: string[] = [];
  private room: string[] = [];
  private readonly product = dictionary();
  private readonly productKey = dictionary();
  private readonly promise = dictionary();
  private readonly region = dictionary();

  constructor(private readonly amountPerLine: boolean) {}

  add(l: Line): void {
    const c = this.c;
    const i = this.index.get(l.orderId);
    if (i === undefined) {
      const n = this.ids.length;
      if (n === c.paidAt.length) this.c = allocate(n * 2, c);
      const d = this.c;
      this.index.set(l.orderId, n);
      this.ids.push(l.orderId);
      this.carrier.push(l.carrier);
      this.room.push(l.liveRoomId);
      d.createdAt[n] = l.createdAt;
      d.paidAt[n] = l.paidAt;
      d.rtsAt[n] = l.rtsAt;
      d.shippedAt[n] = l.shippedAt;
      d.deliveredAt[n] = l.deliveredAt;
      d.cancelledAt[n] = l.cancelledAt;
      d.cancelledBy[n] = l.cancelledBy;
      d.flags[n] = l.flags;
      d.quantity[n] = l.quantity;
      d.amountFen[n] = l.amountFen;
      d.product[n] = this.product.code(l.product);
      d.productKey[n] = this.productKey.code(l.productKey);
      d.promise[n] = this.promise.code(l.promise);
      d.region[n] = this.region.code(l.region);
      return;
    }
    if (Number.isNaN(c.createdAt[i])) c.createdAt[i] = l.createdAt;
    if (Number.isNaN(c.paidAt[i])) c.paidAt[i] = l.paidAt;
    if (Number.isNaN(c.cancelledAt[i])) c.cancelledAt[i] = l.cancelledAt;
    c.rtsAt[i] = later(c.rtsAt[i], l.rtsAt);
    c.shippedAt[i] = later(c.shippedAt[i], l.shippedAt);
    c.deliveredAt[i] = later(c.deliveredAt[i], l.deliveredAt);
    if (c.cancelledBy[i] === CancelledBy.none) c.cancelledBy[i] = l.cancelledBy;
    c.flags[i] |= l.flags; // one pre-order line makes the order one
    c.quantity[i] = Math.min(c.quantity[i] + l.quantity, 0xffffffff);
    if (this.amountPerLine) c.amountFen[i] += l.amountFen;
    if (this.carrier[i] === '') this.carrier[i] = l.carrier;
    if (this.room[i] === '') this.room[i] = l.liveRoomId;
    if (c.product[i] === 0) c.product[i] = this.product.code(l.product);
    if (c.productKey[i] === 0) c.productKey[i] = this.productKey.code(l.productKey);
    if (c.promise[i] === 0) c.promise[i] = this.promise.code(l.promise);
    if (c.region[i] === 0) c.region[i] = this.region.code(l.region);
  }

  finish(): Pick<OrderExport, 'orders' | 'orderIds' | 'meta'> {
    const n = this.ids.length;
    const c = this.c;
    const flags = c.flags.slice(0, n);
    // A gift (amount 0) is not a valid order for scoring (§2.1 exclusions).
    for (let i = 0; i < n; i++) if (c.amountFen[i] === 0) flags[i] |= OrderFlag.excluded;
    const orders: RecordedOrders = {
      length: n,
      paidAt: c.paidAt.slice(0, n),
      shippedAt: c.shippedAt.slice(0, n),
      deliveredAt: c.deliveredAt.slice(0, n),
      // Deadlines come from the rule set and the route, not from the export: the model fills them.
      deliverBy: nanFilled(n),
      shipBy: nanFilled(n),
      cancelledAt: c.cancelledAt.slice(0, n),
      cancelledBy: c.cancelledBy.slice(0, n),
      flags,
      createdAt: c.createdAt.slice(0, n),
      rtsAt: c.rtsAt.slice(0, n),
      // The product rules' key: the code as the cell says (tab prefix dropped), the name cut as meta's is.
      product: mapValues({ values: this.productKey.values, codes: c.productKey.subarray(0, n) }, (k) => {
        const p = productOfKey(k);
        return productKey(p.code.trim(), productLabel(p.name));
      }),
    };
    return {
      orders,
      orderIds: [...this.ids],
      meta: {
        // Once per distinct carrier, as the dictionary columns below: a tracking number or postcode is cut off.
        carrier: keptForms(this.carrier, carrierLabel),
        liveRoomId: [...this.room],
        quantity: c.quantity.slice(0, n),
        amountFen: c.amountFen.slice(0, n),
        // Cells become their stored form here, once per distinct value: a product name is cut, and a
        // state or province cell that names none (a county, a city typed there) becomes unknown.
        product: mapValues({ values: this.product.values, codes: c.product.subarray(0, n) }, productLabel),
        promise: mapValues({ values: this.promise.values, codes: c.promise.subarray(0, n) }, promiseLabel),
        region: mapValues({ values: this.region.values, codes: c.region.subarray(0, n) }, provinceOf),
      },
    };
  }
}
