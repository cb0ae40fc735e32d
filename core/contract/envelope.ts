import { type Failure, fail, ok, type Result } from '../lib/result';

/**
 * The shape every message and reply has, checked without zod: the content script bundles none (its size
 * is budgeted, issue #17; zod/mini alone was 8 kB of its 22.6 kB gzipped). What reaches a tab and what the
 * background answers a tab is checked against the zod contract on the extension's side instead, before it
 * is sent (runtime/messaging.ts: `request`, `listen`); a tab hears only LES Radar's own
 * contexts (runtime/own-sender.ts), so that check is the one that counts.
 */

/** Contexts that only answer messages addressed to them by name; the background answers the rest. */
const NAMED = ['offscreen', 'ui', 'tab'];

/** Whether a raw message is addressed to `context`. */
export function isFor(context: string, raw: unknown): boolean {
  const to = (raw as { to?: unknown } | null)?.to;
  return context === 'background' ? !NAMED.includes(to as string) : to === context;
}

/** A raw reply as a Result: a failure as sent, success with its data, or what is wrong with it. */
export function resultOf(context: string, type: string, raw: unknown): Result<unknown> {
  if (raw === undefined) return fail('unreachable', `${context} did not answer "${type}"`);
  const result = raw as Result<unknown>;
  if (result && result.ok === false && typeof result.error?.message === 'string') return raw as Failure;
  if (result?.ok !== true) return fail('invalid-reply', `${type}: reply is not a Result`);
  return ok(result.data);
}

/** A raw message for `context` whose type is one of `types` and whose payload is an object. */
export function envelopeOf<T extends string>(
  context: string,
  types: readonly T[],
  raw: unknown,
): Result<{ to: string; type: T; payload: Record<string, unknown> }> {
  const m = raw as { to?: unknown; type?: unknown; payload?: unknown } | null;
  if (!m || typeof m !== 'object' || typeof m.type !== 'string')
    return fail('invalid-message', 'message: not a message');
  if (!types.includes(m.type as T)) {
    return fail(
      'invalid-message',
      `message.type: unknown type "${m.type}" for ${context} (expected one of: ${types.join(', ')})`,
    );
  }
  const payload = m.payload ?? {};
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return fail('invalid-message', `${m.type}.payload: expected an object`);
  }
  return ok({ to: context, type: m.type as T, payload: payload as Record<string, unknown> });
}
