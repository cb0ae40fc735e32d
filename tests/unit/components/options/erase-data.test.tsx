// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../../../components/options/DataSection';
import type { DataLink } from '../../../../components/options/data-link';

const NOV_25 = Date.parse('2026-11-25T12:00:00Z');

function mount(over: Partial<DataLink> = {}) {
  const link: DataLink = {
    storage: async () => null,
    backup: async () => '',
    restore: async () => {},
    download: () => {},
    streams: async () => [{ streamId: 'demo:7301234567', lastAt: NOV_25, snapshots: 240 }],
    // What the unit test of storage/lifecycle/data-counts.ts counts, here as a fake.
    counts: async () => ({ streams: 2, snapshots: 1234, orders: 25000, imports: 3, settingsVersions: 4, reports: 2 }),
    deleteStream: vi.fn(async () => ({ streams: 1, snapshots: 240 })),
    eraseAll: vi.fn(async () => {}),
    ...over,
  };
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<DataSection link={link} />, root);
  return { root, link };
}

const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

describe('erasing data on the options page', () => {
  it('asks in the page with every count before erasing all, and Cancel erases nothing', async () => {
    const { root, link } = mount();
    await vi.waitFor(() => expect(button(root, 'Erase all LES Radar data')).toBeTruthy());
    button(root, 'Erase all LES Radar data').click();
    await vi.waitFor(() => expect(root.querySelector('#confirm-erase-all')).not.toBeNull());
    expect(root.querySelector('#confirm-erase-all')?.textContent).toBe(
      'Erase everything LES Radar keeps on this computer: 2 streams with 1,234 readings, 25,000 orders from 3 imported files, 4 saved settings versions, 2 stream reports, and the settings themselves? This cannot be undone: back up first if you may want it again.',
    );
    // Cancel has the focus: pressing Enter twice never erases.
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    button(root, 'Cancel').click();
    await vi.waitFor(() => expect(root.querySelector('#confirm-erase-all')).toBeNull());
    expect(link.eraseAll).not.toHaveBeenCalled();

    button(root, 'Erase all LES Radar data').click();
    await vi.waitFor(() => expect(button(root, 'Erase everything')).toBeTruthy());
    button(root, 'Erase everything').click();
    await vi.waitFor(() => expect(link.eraseAll).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toContain('is erased'));
  });

  it('deletes one stream after asking, naming its readings', async () => {
    const { root, link } = mount();
    await vi.waitFor(() => expect(root.querySelector('[data-testid=stored-streams]')).not.toBeNull());
    button(root, 'Delete this stream').click();
    await vi.waitFor(() => expect(root.querySelector('#confirm-delete-stream')).not.toBeNull());
    expect(root.querySelector('#confirm-delete-stream')?.textContent).toContain(
      'Delete the stream demo:7301234567: its 240 readings',
    );
    button(root, 'Delete the stream').click();
    await vi.waitFor(() => expect(link.deleteStream).toHaveBeenCalledWith('demo:7301234567'));
    await vi.waitFor(() =>
      expect(root.querySelector('[role=status]')?.textContent).toBe(
        'Deleted the stream demo:7301234567 and its 240 readings.',
      ),
    );
  });

  it('says why when the background refuses', async () => {
    const { root } = mount({
      eraseAll: async () => {
        throw new Error("erase-all: only LES Radar's own pages may send this message");
      },
    });
    await vi.waitFor(() => expect(button(root, 'Erase all LES Radar data')).toBeTruthy());
    button(root, 'Erase all LES Radar data').click();
    await vi.waitFor(() => expect(button(root, 'Erase everything')).toBeTruthy());
    button(root, 'Erase everything').click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role=alert]')?.textContent).toBe(
        "Erase failed: erase-all: only LES Radar's own pages may send this message",
      ),
    );
  });
});
