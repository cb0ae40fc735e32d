import { describe, expect, it } from 'vitest';
import { envelopeOf, resultOf } from '../../../../core/contract/envelope';

/** The content script's zod-free checks: the envelope only (the extension's side checks the fields). */
describe('a reply as the content script reads it', () => {
  it('passes a success on with its data and a failure as sent', () => {
    expect(resultOf('background', 'stream-head', { ok: true, data: { lastSeq: 3 } })).toEqual({
      ok: true,
      data: { lastSeq: 3 },
    });
    const failure = { ok: false, error: { code: 'unknown-stream', message: 'no stream demo:1' } };
    expect(resultOf('background', 'stream-head', failure)).toEqual(failure);
  });

  it('says who did not answer, and when a reply is no Result', () => {
    expect(resultOf('background', 'stream-head', undefined)).toEqual({
      ok: false,
      error: { code: 'unreachable', message: 'background did not answer "stream-head"' },
    });
    expect(resultOf('background', 'snapshots', { ackedSeq: 4 })).toEqual({
      ok: false,
      error: { code: 'invalid-reply', message: 'snapshots: reply is not a Result' },
    });
    expect(resultOf('background', 'snapshots', null)).toMatchObject({ error: { code: 'invalid-reply' } });
  });
});

describe('a message as the content script reads it', () => {
  const types = ['overlay-updated', 'start-picker'] as const;
  it('takes a known type with an object payload, or none', () => {
    expect(envelopeOf('tab', types, { to: 'tab', type: 'start-picker' })).toEqual({
      ok: true,
      data: { to: 'tab', type: 'start-picker', payload: {} },
    });
    expect(envelopeOf('tab', types, { to: 'tab', type: 'overlay-updated', payload: { view: null } })).toMatchObject({
      ok: true,
      data: { payload: { view: null } },
    });
  });

  it('refuses an unknown type naming the known ones, and a payload that is no object', () => {
    expect(envelopeOf('tab', types, { to: 'tab', type: 'erase-all' })).toEqual({
      ok: false,
      error: {
        code: 'invalid-message',
        message: 'message.type: unknown type "erase-all" for tab (expected one of: overlay-updated, start-picker)',
      },
    });
    expect(envelopeOf('tab', types, { type: 'start-picker', payload: [1] })).toEqual({
      ok: false,
      error: { code: 'invalid-message', message: 'start-picker.payload: expected an object' },
    });
    expect(envelopeOf('tab', types, 'start-picker')).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});
