import * as z from 'zod/mini';
import { fail, ok, type Result } from '../lib/result';
import { resultOf } from './envelope';

/**
 * The machinery of the message contract, over any table of `{ context: { type: { payload, reply } } }`.
 * The full contract (core/contract/index.ts) and the content script's slice of it (./capture.ts) share it,
 * so the content script validates with the very same schemas without bundling the others.
 */
export type Def = { payload: z.ZodMiniType; reply: z.ZodMiniType };
/** A receiver's view: the payloads it checks (the content script has no use for its replies' schemas). */
export type PayloadTable = Record<string, Record<string, { payload: z.ZodMiniType }>>;
export type Table = Record<string, Record<string, Def>>;

export const def = <P extends z.core.$ZodLooseShape, R extends z.core.SomeType>(payload: P, reply: R) => ({
  payload: z.strictObject(payload),
  reply,
});

export type Ctx<T extends Table> = keyof T & string;
export type TypeOf<T extends Table, C extends Ctx<T>> = keyof T[C] & string;
export type PayloadIn<T extends Table, C extends Ctx<T>, K extends TypeOf<T, C>> = z.input<T[C][K]['payload']>;
export type ParsedPayloadIn<T extends Table, C extends Ctx<T>, K extends TypeOf<T, C>> = z.output<T[C][K]['payload']>;
export type ReplyIn<T extends Table, C extends Ctx<T>, K extends TypeOf<T, C>> = z.output<T[C][K]['reply']>;
export type ParsedMessageIn<T extends Table, C extends Ctx<T>> = {
  [K in TypeOf<T, C>]: { to: C; type: K; payload: ParsedPayloadIn<T, C, K> };
}[TypeOf<T, C>];

const envelope = z.object({ to: z.optional(z.string()), type: z.string(), payload: z.optional(z.unknown()) });

export { isFor } from './envelope';

/** Validates a raw message for `context`; the error names the field that is wrong. */
export function parseMessageIn<T extends PayloadTable, C extends keyof T & string>(
  table: T,
  context: C,
  raw: unknown,
): Result<
  { [K in keyof T[C] & string]: { to: C; type: K; payload: z.output<T[C][K]['payload']> } }[keyof T[C] & string]
> {
  const env = envelope.safeParse(raw);
  if (!env.success) return fail('invalid-message', `message: ${z.prettifyError(env.error)}`);
  const defs = table[context];
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
  // biome-ignore lint/suspicious/noExplicitAny: the mapped union is checked by the schema lookup above
  return ok({ to: context, type: env.data.type, payload: payload.data } as any);
}

/** Validates a reply against the contract, so a sender never trusts an unchecked shape. */
export function parseReplyIn<T extends Table, C extends Ctx<T>, K extends TypeOf<T, C>>(
  table: T,
  context: C,
  type: K,
  raw: unknown,
): Result<ReplyIn<T, C, K>> {
  return checkReply(table[context][type].reply, `${context}`, type, raw) as Result<ReplyIn<T, C, K>>;
}

/** The same check with the reply's schema at hand (the content script holds only those it needs). */
export function checkReply<S extends z.ZodMiniType>(
  schema: S,
  context: string,
  type: string,
  raw: unknown,
): Result<z.output<S>> {
  const result = resultOf(context, type, raw);
  if (!result.ok) return result;
  const data = schema.safeParse(result.data);
  if (!data.success) return fail('invalid-reply', `${type}.reply: ${z.prettifyError(data.error)}`);
  return ok(data.data as z.output<S>);
}
