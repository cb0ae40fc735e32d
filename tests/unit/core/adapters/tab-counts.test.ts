// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { stagesOf, tabCounter } from '../../../../core/adapters/tab-counts';

// Hand-written snippets of order-management tabs (the adapters' fixtures hold whole pages).
const page = (html: string) => {
  document.body.innerHTML = html;
  return tabCounter(document);
};

describe('tabCounter: the count a status tab shows beside its label', () => {
  it('reads the count bare, in parentheses (also full-width) or in a badge, whatever the case of the label', () => {
    expect(page('<div role="tab">awaiting SHIPMENT 1116</div>')(['Awaiting shipment'])).toBe(1116);
    expect(page('<div role="tab">待发货（１，１１６）</div>')(['待发货'])).toBe(1116);
    expect(page('<div role="tab"><span>To ship</span> <i><b>(1,428)</b></i></div>')(['To ship'])).toBe(1428);
    expect(page('<div role="tab">To ship<sup>0</sup></div>')(['To ship'])).toBe(0);
  });

  it('reads no count from a capped badge, a longer label, or a tab without one', () => {
    expect(
      page('<div role="tab"><span>Awaiting shipment</span><sup>99+</sup></div>')(['Awaiting shipment']),
    ).toBeNull();
    expect(page('<div role="tab">To shipping 12</div>')(['To ship'])).toBeNull();
    expect(page('<div role="tab">待发货订单 1,116</div>')(['待发货'])).toBeNull();
    expect(page('<div role="tab"><span>待发货</span></div><p>共 3 页</p>')(['待发货'])).toBeNull();
  });

  it('does not take an order’s status in the list for a tab, beside its quantity', () => {
    const read = page('<table><tr><td>Awaiting shipment</td><td>2</td></tr></table>');
    expect(read(['Awaiting shipment'])).toBeNull();
  });

  it('takes the labels in the order given, the first that shows a count', () => {
    const read = page('<div role="tab">待揽收 (40)</div><div role="tab">已发货待揽收 (312)</div>');
    expect(read(['已发货待揽收', '待揽收'])).toBe(312);
    expect(read(['Awaiting collection', '待揽收'])).toBe(40);
  });
});

describe('stagesOf', () => {
  it('keeps the counts found, zero included, and is null when none was', () => {
    expect(stagesOf({ pickPack: 0, shipTransport: null })).toEqual({ pickPack: 0 });
    expect(stagesOf({ pickPack: null, shipTransport: null })).toBeNull();
  });
});
