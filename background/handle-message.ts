import type { MessageType, ParsedMessage } from '../core/contract';
import { fail, type Result } from '../core/lib/result';
import type { Sender } from '../runtime/messaging';
import { createEstimateScheduler } from './estimate-scheduler';
import { type BackgroundDeps, type HandlerContext, handlers } from './handlers';
import type { Handler } from './handlers/handler';
import { browserRules, type SenderRules, senderProblem } from './sender-check';
import { estimateStream } from './stream-estimate';

export type { BackgroundDeps };

/**
 * What the background does with each validated message: the handler of its type (background/handlers/),
 * with the deps, the estimate scheduler and the stream → capturing tab map they share.
 */
export function createBackgroundHandler(deps: BackgroundDeps, rules: SenderRules = browserRules()) {
  const tabOfStream = new Map<string, number>();
  // The last scheduled run's error per stream (a run the watchdog stopped), until one succeeds: the popup says it.
  const failures = new Map<string, string>();
  const runEstimate = async (streamId: string) => {
    try {
      const estimate = await estimateStream(deps, streamId);
      failures.delete(streamId);
      if (estimate) deps.publish(estimate, tabOfStream.get(streamId));
    } catch (error) {
      failures.set(streamId, error instanceof Error ? error.message : String(error));
      throw error;
    }
  };
  const scheduler = createEstimateScheduler(runEstimate);
  const ctx: HandlerContext = { ...deps, tabOfStream, failures, schedule: (streamId) => void scheduler(streamId) };

  return async (msg: ParsedMessage<'background'>, sender: Sender): Promise<Result<unknown>> => {
    // First of all, who sent it (sender-check.ts): no handler runs for a sender that may not send this.
    const refused = await senderProblem(msg.type, sender, rules);
    if (refused) return fail('invalid-message', refused);
    // The contract checked the payload against the schema of msg.type, the type this handler is for.
    const handle = handlers[msg.type] as Handler<MessageType<'background'>>;
    return handle(msg.payload as never, ctx, sender);
  };
}
