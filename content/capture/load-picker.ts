import { importKit } from './import-kit';
import { bundledPicker, type LoadPicker, type PickerKit } from './picker-kit';

/** Where entrypoints/picker.ts leaves the picker: the content script's own world, which pages never see. */
export const PICKER_KEY = Symbol.for('les-radar.picker');

/**
 * The picker loaded from the extension the first time it is asked for (a module import of picker.js,
 * web-accessible to the platforms' pages only, wxt.config.ts): a dashboard that never picks never loads it.
 */
export const pickerFromExtension: LoadPicker = () => importKit<PickerKit>(PICKER_KEY, '/picker.js');

/** The platforms' scripts' picker: on demand; Firefox, whose content-script imports are untested here, bundles it. */
export const platformPicker: LoadPicker = import.meta.env.FIREFOX ? bundledPicker : pickerFromExtension;
