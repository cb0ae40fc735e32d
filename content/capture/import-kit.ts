import { browser } from 'wxt/browser';

/**
 * A part of the content script loaded from the extension the first time it is needed: a module import of
 * an unlisted script (entrypoints/picker.ts, entrypoints/stages.ts; web-accessible to the platforms' pages
 * only, wxt.config.ts), which leaves its kit under `key` in the content script's own world, which pages never see.
 */
export async function importKit<T>(key: symbol, file: '/picker.js' | '/stages.js'): Promise<T> {
  const world = globalThis as { [k: symbol]: T | undefined };
  // getURL's type lists the generated paths one overload each; a union of two fits none of them.
  if (!world[key]) await import(/* @vite-ignore */ (browser.runtime.getURL as (p: string) => string)(file));
  const kit = world[key];
  if (!kit) throw new Error(`LES Radar: ${file} did not load`);
  return kit;
}
