import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromLesRadar } from '../../../runtime/own-sender';

describe('a message from LES Radar itself', () => {
  const id = fakeBrowser.runtime.id;
  it('comes with this id from a page of this extension’s origin (the background, offscreen, popup)', () => {
    expect(fromLesRadar({ id, url: fakeBrowser.runtime.getURL('/background.js') })).toBe(true);
    expect(fromLesRadar({ id, url: fakeBrowser.runtime.getURL('/offscreen.html') })).toBe(true);
  });

  it('is not a content script’s, which shares the id on a web page, nor another extension’s', () => {
    expect(fromLesRadar({ id, url: 'https://compass.jinritemai.com/screen/anchor/shop' })).toBe(false);
    expect(fromLesRadar({ id: 'other', url: 'chrome-extension://other/x.html' })).toBe(false);
    expect(fromLesRadar({ id })).toBe(false);
    expect(fromLesRadar(undefined)).toBe(false);
  });
});
