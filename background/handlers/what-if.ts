import { runWhatIf } from '../what-if';
import type { Handler } from './handler';

/** Computes the what-if's estimate and returns it; the stored estimate stays the live one. */
export const whatIf: Handler<'what-if'> = ({ streamId, ...change }, ctx) => runWhatIf(ctx, streamId, change);
