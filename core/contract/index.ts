import * as z from 'zod/mini';
import '../lib/zod-locale';
import type { Result } from '../lib/result';
import { estimateSchema } from '../outlook/estimate-schema';
import { snapshotSchema } from '../records/snapshot';
import { historyInsightsSchema } from '../report/insights-schema';
import { streamDetailSchema } from '../report/stream-detail-schema';
import { streamSummarySchema } from '../report/stream-summary';
import { settingsSchema } from '../settings/settings';
import { captureContract } from './capture';
import {
  type Ctx,
  def,
  isFor,
  type ParsedMessageIn,
  type ParsedPayloadIn,
  type PayloadIn,
  parseMessageIn,
  parseReplyIn,
  type ReplyIn,
  type TypeOf,
} from './define';
import { plannedDropsSchema } from './run-of-show';

/**
 * The one message contract between the extension's contexts. Every message is
 * `{ to, type, payload }`; each context answers only what is addressed to it, validates the payload
 * against the schema below, and replies with a Result whose data the sender validates in turn.
 */
const streamId = snapshotSchema.shape.streamId;

export const contract = {
  background: {
    ...captureContract.background,
    /** Popup → background: the assistant types the page's count when no capture works. */
    'manual-count': def(
      { streamId, paidOrders: snapshotSchema.shape.paidOrders, at: z.optional(z.number()) },
      z.object({ seq: z.int() }),
    ),
    /** The latest estimate of a stream, or of the most recently active one. */
    'get-estimate': def({ streamId: z.optional(streamId) }, z.nullable(estimateSchema)),
    'list-streams': def({}, z.array(streamSummarySchema)),
    /** Report → background: what held the imported history's late orders (window, streams), and the carriers. */
    'history-insights': def({}, historyInsightsSchema),
    /** Report → background: one stream's arrival curve, backlog per stage over time and score path; null if unknown. */
    'stream-detail': def({ streamId }, z.nullable(streamDetailSchema)),
    /** Popup → background: the estimate with packers ±n and extra pickups, run at once and never saved. */
    'what-if': def(
      { streamId, packers: z.int().check(z.gte(-50), z.lte(50)), extraPickups: z.int().check(z.gte(0), z.lte(3)) },
      z.nullable(estimateSchema),
    ),
    /** Popup → background (extension pages only): the stream's run-of-show, saved; the estimate that follows it. */
    'set-run-of-show': def({ streamId, drops: plannedDropsSchema }, z.nullable(estimateSchema)),
    /** Options → background (extension pages only): every row of one stream in every table; what went. */
    'delete-stream': def({ streamId }, z.record(z.string(), z.int().check(z.nonnegative()))),
    /** Options → background (extension pages only): every object store emptied, the stored keys removed. */
    'erase-all': def(
      {},
      z.object({ tables: z.record(z.string(), z.int().check(z.nonnegative())), storedKeys: z.int() }),
    ),
  },
  offscreen: {
    /** `save: false`: a what-if, returned and never stored as the stream's estimate. */
    estimate: def(
      {
        streamId,
        settings: settingsSchema,
        now: z.number(),
        save: z.optional(z.boolean()),
        /** The what-if's change, applied by the estimator on top of the history's measured figures. */
        whatIf: z.optional(z.object({ packers: z.int(), extraPickups: z.int().check(z.gte(0), z.lte(3)) })),
        /** The stream's run-of-show (core/model/run-of-show.ts), the forecast's prior. */
        drops: z.optional(plannedDropsSchema),
      },
      z.nullable(estimateSchema),
    ),
  },
  ui: {
    'estimate-updated': def({ estimate: estimateSchema }, z.undefined()),
  },
  tab: captureContract.tab,
} as const;

type Contract = typeof contract;
export type Context = Ctx<Contract>;
export type MessageType<C extends Context> = TypeOf<Contract, C>;
export type Payload<C extends Context, T extends MessageType<C>> = PayloadIn<Contract, C, T>;
export type ParsedPayload<C extends Context, T extends MessageType<C>> = ParsedPayloadIn<Contract, C, T>;
export type Reply<C extends Context, T extends MessageType<C>> = ReplyIn<Contract, C, T>;

export type Message<C extends Context, T extends MessageType<C> = MessageType<C>> = {
  to: C;
  type: T;
  payload: Payload<C, T>;
};

export type ParsedMessage<C extends Context> = ParsedMessageIn<Contract, C>;

export const message = <C extends Context, T extends MessageType<C>>(
  to: C,
  type: T,
  payload: Payload<C, T>,
): Message<C, T> => ({ to, type, payload });

export { isFor };

/** Validates a raw message for `context`; the error names the field that is wrong. */
export const parseMessage = <C extends Context>(context: C, raw: unknown): Result<ParsedMessage<C>> =>
  parseMessageIn(contract, context, raw);

/** Validates a reply against the contract, so a sender never trusts an unchecked shape. */
export const parseReply = <C extends Context, T extends MessageType<C>>(
  context: C,
  type: T,
  raw: unknown,
): Result<Reply<C, T>> => parseReplyIn(contract, context, type, raw);
