import { runWhatIf } from '../what-if';
import type { Handler } from './handler';

export const whatIf: Handler<'what-if'> = ({ streamId, ...change }, ctx) =>
  runWhatIf(ctx, streamId, change, ctx.schedule);
