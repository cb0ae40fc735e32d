import * as z from 'zod/mini';
import { stageRoleSchema } from '../records/stage-reading';

/** A number picked by hand on a page (core/adapters/picked/find-binding.ts finds it). */
export const bindingSchema = z.object({
  /** The page's origin, e.g. "https://live.example.com"; a binding applies to that site only. */
  origin: z
    .string()
    .check(z.maxLength(200), z.regex(/^https?:\/\/[^/]+$/, 'expected an origin such as "https://shop.example.com"')),
  /** Text of the label next to the number when it was picked ("Orders"), the sturdiest clue. */
  label: z.nullable(z.string().check(z.maxLength(80))),
  /** CSS path by tag names and nth-of-type only (no class names, which change with releases). */
  path: z.string().check(z.maxLength(500)),
  /** The element's id, when it had a readable one. */
  id: z.nullable(z.string().check(z.maxLength(120))),
  /** The value when picked, to say "was 1,234" when it cannot be found again. */
  sample: z.string().check(z.maxLength(40)),
  pickedAt: z.number(),
  /**
   * What the number is: absent for the paid-order counter a stream is read from; a warehouse stage for
   * a stage counter (core/records/stage-reading.ts), several of which a site may have, one per role.
   */
  role: z.optional(stageRoleSchema),
});

export type Binding = z.output<typeof bindingSchema>;

/**
 * What the seller decides about capture, kept in the settings file: adapters switched off (a kill
 * switch for one that a dashboard release broke, without waiting for a new version) and the numbers
 * picked by hand on pages no adapter knows.
 */
export const captureSettingsSchema = z.object({
  // A hundred: several times the adapters LES Radar knows.
  disabledAdapters: z._default(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(100)), []),
  bindings: z._default(z.array(bindingSchema).check(z.maxLength(200)), []),
});

export type CaptureSettings = z.output<typeof captureSettingsSchema>;

export const defaultCaptureSettings: CaptureSettings = { disabledAdapters: [], bindings: [] };
