import { type Failure, fail } from '../../core/lib/result';

/**
 * The refusal for a message only LES Radar's own pages may send (delete-stream, erase-all, and every
 * other type outside the content script's slice): background/sender-check.ts, the one chokepoint before
 * every handler, returns it to a content script or a web page.
 */
export const onlyExtensionPages = (type: string): Failure =>
  fail('invalid-message', `${type}: only LES Radar's own pages may send this message`);
