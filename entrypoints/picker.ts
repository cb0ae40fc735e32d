import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PICKER_KEY } from '../content/capture/load-picker';
import { pickerKit } from '../content/capture/picker-kit';

// The element picker, imported by a platform's content script when the seller asks to pick a number
// (content/capture/load-picker.ts): it runs in the content script's world and leaves itself there.
export default defineUnlistedScript(() => {
  (globalThis as { [PICKER_KEY]?: typeof pickerKit })[PICKER_KEY] = pickerKit;
});
