import { describe, expect, it } from 'vitest';
import { CancelledBy, ordersFromRows } from '../../../../core/records/orders';
import { openAt, trueStageCounts } from '../../../../core/report/stage-truth';
import { sh } from '../../helpers';

describe('the true stage counts at an instant, as the export tells them', () => {
  const at = sh('2026-11-26', '12:00');
  const o = ordersFromRows([
    { paidAt: sh('2026-11-26', '09:00') }, // open, not RTS: waiting to be packed
    { paidAt: sh('2026-11-26', '09:00'), rtsAt: sh('2026-11-26', '13:00') }, // RTS only after the instant: still to pack
    { paidAt: sh('2026-11-26', '09:00'), rtsAt: sh('2026-11-26', '10:00') }, // packed, waiting for the carrier
    { paidAt: sh('2026-11-26', '09:00'), rtsAt: sh('2026-11-26', '10:00'), shippedAt: sh('2026-11-26', '14:00') }, // picked up later: still waiting
    { paidAt: sh('2026-11-26', '09:00'), rtsAt: sh('2026-11-26', '10:00'), shippedAt: sh('2026-11-26', '11:00') }, // gone
    { paidAt: sh('2026-11-26', '09:00'), cancelledAt: sh('2026-11-26', '11:30') }, // cancelled before: gone
    { paidAt: sh('2026-11-26', '09:00'), cancelledBy: CancelledBy.buyer }, // cancelled at an unknown time: left out
    { paidAt: sh('2026-11-26', '12:30') }, // paid after the instant: not yet there
  ]);

  it('splits the open orders by their RTS mark', () => {
    // Open: rows 1–4; of those, rows 3 and 4 marked RTS by 12:00.
    expect(trueStageCounts(o, at)).toEqual({ pickPack: 2, shipTransport: 2 });
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => openAt(o, i, at))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('counts every open order as waiting to be packed in an export without RTS times', () => {
    const plain = ordersFromRows([{ paidAt: sh('2026-11-26', '09:00') }, { paidAt: sh('2026-11-26', '10:00') }]);
    expect(trueStageCounts(plain, at)).toEqual({ pickPack: 2, shipTransport: 0 });
  });
});
