import * as z from 'zod/mini';
import './zod-locale';
import { estimateSchema } from './estimate-schema';
import { type Failure, fail, ok, type Result } from './result';
import { settingsSchema } from './settings';
import { snapshotSchema } from './snapshot';
import { streamSummarySchema } from './stream';

/**
 * The one message contract between the extension's contexts. Every message is
 * `{ to, type, payload }`; each context answers only what is addressed to it, validates the payload
 * against the schema below, and replies with a Result whose data the sender validates in turn.
 */
const streamId = snapshotSchema.shape.streamId;
const def = <P extends z.core.$ZodLooseShape, R extends z.core.SomeType>(payload: P, reply: R) => ({
  payload: z.strictObject(payload),
  reply,
});

export const contract = {
  background: {
    /** Content script → background: store durably, then acknowledge the highest stored seq. */
    snapshots: def(
      {
        snapshots: z.array(snapshotSchema).check(
          z.minLength(1),
          z.maxLength(500),
          z.refine((b) => b.every((s) => s.streamId === b[0].streamId), 'a batch holds one stream only'),
        ),
      },
      z.object({ ackedSeq: z.int(), stored: z.int() }),
    ),
    /** Where a (re)loaded capture continues numbering. */
    'stream-head': def({ streamId }, z.object({ lastSeq: z.nullable(z.int()) })),
    /** The latest estimate of a stream, or of the most recently active one. */
    'get-estimate': def({ streamId: z.optional(streamId) }, z.nullable(estimateSchema)),
    'list-streams': def({}, z.array(streamSummarySchema)),
  },
  offscreen: {
    estimate: def({ streamId, settings: settingsSchema, now: z.number() }, z.nullable(estimateSchema)),
  },
  ui: {
    'estimate-updated': def({ estimate: estimateSchema }, z.undefined()),
  },
} as const;

export type Context = keyof typeof contract;
export type MessageType<C extends Context> = keyof (typeof contract)[C] & string;
type DefOf<C extends Context, T extends MessageType<C>> = (typeof contract)[C][T] extends {
  payload: infer P;
  reply: infer R;
}
  ? { payload: P; reply: R }
  : never;
export type Payload<C extends Context, T extends MessageType<C>> = z.input<DefOf<C, T>['payload']>;
export type ParsedPayload<C extends Context, T extends MessageType<C>> = z.output<DefOf<C, T>['payload']>;
export type Reply<C extends Context, T extends MessageType<C>> = z.output<DefOf<C, T>['reply']>;

export type Message<C extends Context, T extends MessageType<C> = MessageType<C>> = {
  to: C;
  type: T;
  payload: Payload<C, T>;
};

export type ParsedMessage<C extends Context> = {
  [T in MessageType<C>]: { to: C; type: T; payload: ParsedPayload<C, T> };
}[MessageType<C>];

export const message = <C extends Context, T extends MessageType<C>>(
  to: C,
  type: T,
  payload: Payload<C, T>,
): Message<C, T> => ({ to, type, payload });

const envelope = z.object({ to: z.optional(z.string()), type: z.string(), payload: z.optional(z.unknown()) });

/** Whether a raw message is addressed to `context`. The background answers anything not addressed elsewhere. */
export function isFor(context: Context, raw: unknown): boolean {
  const to = (raw as { to?: unknown } | null)?.to;
  return context === 'background' ? to !== 'offscreen' && to !== 'ui' : to === context;
}

/** Validates a raw message for `context`; the error names the field that is wrong. */
export function parseMessage<C extends Context>(context: C, raw: unknown): Result<ParsedMessage<C>> {
  const env = envelope.safeParse(raw);
  if (!env.success) return fail('invalid-message', `message: ${z.prettifyError(env.error)}`);
  const defs = contract[context] as Record<string, { payload: z.ZodMiniType } | undefined>;
  const d = Object.hasOwn(defs, env.data.type) ? defs[env.data.type] : undefined;
  if (!d) {
    const known = Object.keys(defs).join(', ');
    return fail(
      'invalid-message',
      `message.type: unknown type "${env.data.type}" for ${context} (expected one of: ${known})`,
    );
  }
  const payload = d.payload.safeParse(env.data.payload ?? {});
  if (!payload.success) {
    return fail('invalid-message', `${env.data.type}.payload: ${z.prettifyError(payload.error)}`);
  }
  return ok({ to: context, type: env.data.type, payload: payload.data } as ParsedMessage<C>);
}

/** Validates a reply against the contract, so a sender never trusts an unchecked shape. */
export function parseReply<C extends Context, T extends MessageType<C>>(
  context: C,
  type: T,
  raw: unknown,
): Result<Reply<C, T>> {
  if (raw === undefined) return fail('unreachable', `${context} did not answer "${type}"`);
  const result = raw as Result<unknown>;
  if (result && result.ok === false && typeof result.error?.message === 'string') return raw as Failure;
  if (result?.ok !== true) return fail('invalid-reply', `${type}: reply is not a Result`);
  const schema = (contract[context] as Record<string, { reply: z.ZodMiniType }>)[type].reply;
  const data = schema.safeParse(result.data);
  if (!data.success) return fail('invalid-reply', `${type}.reply: ${z.prettifyError(data.error)}`);
  return ok(data.data as Reply<C, T>);
}
