import { describeElement } from '../../core/adapters/picked/find-binding';
import { startPicker } from './picker';

/**
 * What picking a number takes, apart from the rest of capture: on the platforms' pages it is loaded
 * only when the seller asks for it (./load-picker.ts, entrypoints/picker.ts; issue #17).
 */
export const pickerKit = { startPicker, describeElement };
export type PickerKit = typeof pickerKit;
export type LoadPicker = () => Promise<PickerKit>;

/** The picker as part of the script itself (the sites granted to pick on, Firefox). */
export const bundledPicker: LoadPicker = async () => pickerKit;
