import * as z from 'zod/mini';
import { phraseSchema } from '../lib/phrase';

const quantiles = z.object({ p10: z.number(), p50: z.number(), p90: z.number() });
/** `labelZh`: the card's Chinese wording of the line (core/scorecards/schema.ts), when it has one. */
const flag = z.object({
  id: z.string(),
  label: z.string(),
  labelZh: z.optional(z.string()),
  /** A product-level flag's product (Douyin's late-shipment rule): its 商家编码 and name. */
  product: z.optional(z.object({ code: z.string(), name: z.string() })),
  /** Share of the Monte Carlo samples that cross it (core/outlook/flag-odds.ts); absent in estimates stored before it. */
  probability: z.optional(z.number().check(z.gte(0), z.lte(1))),
});
const stage = z.enum(['receipt', 'pickPack', 'shipTransport', 'delivery']);

/** The score outlook as it crosses contexts (worker → background → popup, overlay, report). */
export const outlookSchema = z.object({
  scorecard: z.string(),
  samples: z.int(),
  /** The card's logistics sub-score now (never the total score); null while the shop is in its growth stage. */
  scoreNow: z.nullable(z.number()),
  /** 'growth': too few valid orders for the platform to score the shop yet (its fixed 70 is a total score). */
  stageNow: z._default(z.enum(['growth', 'scored']), 'scored'),
  /** Valid orders of the stored history inside the window: 0 means the score rests on this stream alone. */
  historyOrders: z.number(),
  score: z.nullable(quantiles),
  lateDispatch: z.object({ known: quantiles, all: quantiles }),
  flags: z.array(flag),
  /** The indicator that moves the score most (core/outlook/score-mover.ts), or null when none moves. */
  mover: z._default(
    z.nullable(
      z.object({
        id: z.string(),
        label: z.string(),
        labelZh: z.optional(z.string()),
        unit: z.enum(['rate', 'hours', 'points']),
        now: z.nullable(z.number()),
        predicted: z.nullable(z.number()),
        scorePoints: z.number(),
        /** Absent in estimates stored before it. */
        window: z.optional(z.object({ days: z.int(), assumed: z.boolean() })),
      }),
    ),
    null,
  ),
  /** The figures still at their assumed defaults, in words. */
  assumptions: z.array(z.string()),
  /** The same figures as phrases (core/lib/phrase.ts), in the same order; absent in estimates stored before them. */
  assumptionPhrases: z.optional(z.array(phraseSchema)),
  /** Which stage the predicted late orders come from, in one sentence and per stage; null until computed. */
  attribution: z.nullable(
    z.object({
      late: z.number(),
      summary: z.string(),
      stages: z.array(
        z.object({
          stage: stage,
          late: z.number(),
          points: z.nullable(z.number()),
          levers: z.string(),
          leversKey: z.optional(z.string()),
        }),
      ),
      /** The summary as a phrase (core/lib/phrase.ts); absent in estimates stored before it. */
      sentence: z.optional(phraseSchema),
    }),
  ),
  actions: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      /** The label as a message key and substitutions (core/lib/phrase.ts); absent in estimates stored before it. */
      key: z.optional(z.string()),
      params: z.optional(z.array(z.union([z.string(), phraseSchema]))),
      stage,
      lateAvoided: z.number(),
      scoreGain: z.nullable(z.number()),
      /** The flag whose probability the action lowers most, from → to; absent before it existed. */
      flagDrop: z.optional(
        z.nullable(
          z.object({
            id: z.string(),
            label: z.string(),
            labelZh: z.optional(z.string()),
            from: z.number(),
            to: z.number(),
          }),
        ),
      ),
    }),
  ),
});

export type Outlook = z.output<typeof outlookSchema>;
