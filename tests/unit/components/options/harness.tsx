import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, type Mock, vi } from 'vitest';
import { OptionsApp, type OptionsLink } from '../../../../components/options/OptionsApp';
import { defaultSettings, type Settings } from '../../../../core/settings/settings';
import type { SettingsRead } from '../../../../storage/settings-store';

export const PACKERS = 'f-stages-pickPack-shifts-0-packers';
export const PICKUP_TIME = 'f-stages-ship-pickups-0-time';

type FakeLink = {
  load: Mock<OptionsLink['load']>;
  save: Mock<OptionsLink['save']>;
  download: Mock<OptionsLink['download']>;
};

/**
 * Renders the options page in happy-dom over a fake link whose storage starts with the defaults, or
 * with `read` (a saved file that fails its check, as storage/settings-store.ts reads it) until a Save.
 */
export async function mountOptions(stored: Partial<Settings> = {}, read?: SettingsRead) {
  const state = { stored: structuredClone({ ...defaultSettings, ...stored }) as Settings, read };
  const link: FakeLink = {
    load: vi.fn<OptionsLink['load']>(async () => state.read ?? { ok: true, settings: state.stored }),
    save: vi.fn<OptionsLink['save']>(async (s) => {
      state.stored = s;
      state.read = undefined;
    }),
    download: vi.fn<OptionsLink['download']>(),
  };
  const root = document.createElement('div');
  document.body.append(root);
  const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const $ = <T extends HTMLElement = HTMLInputElement>(selector: string) => {
    const el = root.querySelector<T>(selector);
    if (!el) throw new Error(`nothing matches ${selector}`);
    return el;
  };
  const field = (id: string) => $(`#${id}`);
  const ui = {
    root,
    link,
    state,
    $,
    field,
    saveButton: () => $<HTMLButtonElement>('button[type="submit"]'),
    button(text: string) {
      const b = [...root.querySelectorAll('button')].find((x) => x.textContent?.trim() === text);
      if (!b) throw new Error(`no button "${text}"`);
      return b;
    },
    async type(id: string, text: string) {
      await act(() => {
        const el = field(id);
        el.value = text;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    async pick(id: string, value: string) {
      await act(() => {
        const el = $<HTMLSelectElement>(`#${id}`);
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    async click(el: HTMLElement) {
      await act(() => el.click());
      await settle();
    },
    async importFile(name: string, text: string) {
      const input = field('import-file');
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name)] });
      await act(() => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await settle();
    },
    /** The message beside a field: inside the same field box, and named by the control's aria-describedby. */
    messageBeside(id: string): string | null {
      const error = root.querySelector(`#${id}-error`);
      if (!error) return null;
      expect(error.closest('.field')).toBe(field(id).closest('.field'));
      expect(field(id).getAttribute('aria-describedby')?.split(' ')).toContain(`${id}-error`);
      return error.textContent;
    },
    unmount() {
      render(null, root);
      root.remove();
    },
  };
  await act(() => render(<OptionsApp link={link} />, root));
  await settle();
  return ui;
}

export type OptionsUi = Awaited<ReturnType<typeof mountOptions>>;
