import { browser } from 'wxt/browser';
import { bundledPicker, type LoadPicker, type PickerKit } from './picker-kit';

/** Where entrypoints/picker.ts leaves the picker: the content script's own world, which pages never see. */
export const PICKER_KEY = Symbol.for('les-radar.picker');

/**
 * The picker loaded from the extension the first time it is asked for (a module import of picker.js,
 * web-accessible to the platforms' pages only, wxt.config.ts): a dashboard that never picks never loads it.
 */
export const pickerFromExtension: LoadPicker = async () => {
  const world = globalThis as { [PICKER_KEY]?: PickerKit };
  if (!world[PICKER_KEY]) await import(/* @vite-ignore */ browser.runtime.getURL('/picker.js'));
  const kit = world[PICKER_KEY];
  if (!kit) throw new Error('LES Radar: the picker did not load');
  return kit;
};

/** The platforms' scripts' picker: on demand; Firefox, whose content-script imports are untested here, bundles it. */
export const platformPicker: LoadPicker = import.meta.env.FIREFOX ? bundledPicker : pickerFromExtension;
