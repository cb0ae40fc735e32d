import * as z from 'zod/mini';

const quantiles = z.object({ p10: z.number(), p50: z.number(), p90: z.number() });
const flag = z.object({ id: z.string(), label: z.string() });
const stage = z.enum(['receipt', 'pickPack', 'shipTransport', 'delivery']);

/** The score outlook as it crosses contexts (worker → background → popup, overlay, report). */
export const outlookSchema = z.object({
  scorecard: z.string(),
  samples: z.int(),
  scoreNow: z.nullable(z.number()),
  /** Valid orders of the stored history inside the window: 0 means the score rests on this stream alone. */
  historyOrders: z.number(),
  score: z.nullable(quantiles),
  lateDispatch: z.object({ known: quantiles, all: quantiles }),
  flags: z.array(flag),
  /** The indicator that moves the score most (core/score-mover.ts), or null when none moves. */
  mover: z._default(
    z.nullable(
      z.object({
        id: z.string(),
        label: z.string(),
        unit: z.enum(['rate', 'hours', 'points']),
        now: z.nullable(z.number()),
        predicted: z.nullable(z.number()),
        scorePoints: z.number(),
      }),
    ),
    null,
  ),
  /** The figures still at their assumed defaults, in words. */
  assumptions: z.array(z.string()),
  /** Which stage the predicted late orders come from, in one sentence and per stage; null until computed. */
  attribution: z.nullable(
    z.object({
      late: z.number(),
      summary: z.string(),
      stages: z.array(z.object({ stage: stage, late: z.number(), points: z.nullable(z.number()), levers: z.string() })),
    }),
  ),
  actions: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      stage,
      lateAvoided: z.number(),
      scoreGain: z.nullable(z.number()),
    }),
  ),
});

export type Outlook = z.output<typeof outlookSchema>;
