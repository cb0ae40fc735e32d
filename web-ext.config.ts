import { defineWebExtConfig } from 'wxt';

// `wxt dev` must not try to open a browser of its own; the demo script launches Chromium.
export default defineWebExtConfig({ disabled: true });
