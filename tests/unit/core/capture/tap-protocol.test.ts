import { describe, expect, it } from 'vitest';
import {
  asTapResponse,
  isTapHello,
  isTapReplay,
  newTapToken,
  TAP_REPLAY,
  tapHello,
} from '../../../../core/capture/tap-protocol';

describe('the tap protocol', () => {
  it('makes a token of 16 random bytes, 32 hex digits, and refuses fewer bytes', () => {
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 17); // 0x00, 0x11, … 0xff
    expect(newTapToken(bytes)).toBe('00112233445566778899aabbccddeeff');
    expect(() => newTapToken(new Uint8Array(8))).toThrow('tap token: 8 random bytes, expected at least 16');
  });

  it('knows the hello only with its own token', () => {
    const token = 'ab'.repeat(16);
    expect(isTapHello(tapHello(token), token)).toBe(true);
    expect(isTapHello(tapHello('cd'.repeat(16)), token)).toBe(false); // a page guessing
    expect(isTapHello(tapHello(''), '')).toBe(false); // no token yet: nothing is the hello
    expect(isTapHello(tapHello(token), null)).toBe(false);
    expect(isTapHello(null, token)).toBe(false);
    expect(isTapHello({ channel: 'les-radar-network-tap', url: '/x', body: {} }, token)).toBe(false);
  });

  it('takes a response on the port only in its shape', () => {
    const ok = { kind: 'response', url: 'https://compass.jinritemai.com/x/today_live_room', body: { code: 0 } };
    expect(asTapResponse(ok)).toEqual(ok);
    // The old window message, a number for the address, an address of 4,000 characters: not the tap's.
    expect(asTapResponse({ channel: 'les-radar-network-tap', url: '/x', body: {} })).toBeNull();
    expect(asTapResponse({ kind: 'response', url: 7, body: {} })).toBeNull();
    expect(asTapResponse({ kind: 'response', url: `/${'x'.repeat(3999)}`, body: {} })).toBeNull();
    expect(asTapResponse(null)).toBeNull();
  });

  it('knows the replay request', () => {
    expect(isTapReplay(TAP_REPLAY)).toBe(true);
    expect(isTapReplay({ kind: 'response' })).toBe(false);
    expect(isTapReplay(undefined)).toBe(false);
  });
});
