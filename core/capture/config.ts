import * as z from 'zod/mini';
import { bindingSchema } from './binding-schema';

/**
 * What the seller decides about capture, kept in the settings file: adapters switched off (a kill
 * switch for one that a dashboard release broke, without waiting for a new version) and the numbers
 * picked by hand on pages no adapter knows.
 */
export type { Binding } from './binding-schema';

export const captureSettingsSchema = z.object({
  disabledAdapters: z._default(z.array(z.string().check(z.maxLength(40))), []),
  bindings: z._default(z.array(bindingSchema).check(z.maxLength(200)), []),
});

export type CaptureSettings = z.output<typeof captureSettingsSchema>;

export const defaultCaptureSettings: CaptureSettings = { disabledAdapters: [], bindings: [] };

export { type CaptureStatus, captureStatusSchema } from './status-schema';
