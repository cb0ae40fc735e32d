// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_FILE_NAME, type DataLink, DataSection } from '../../../../components/options/DataSection';

/** The lifecycle parts of the link, empty: these tests are about backup and restore. */
const noData = {
  streams: async () => [],
  counts: async () => ({ streams: 0, snapshots: 0, orders: 0, imports: 0, settingsVersions: 0, reports: 0 }),
  deleteStream: async () => ({}),
  eraseAll: async () => {},
};

function mount(link: DataLink) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<DataSection link={link} />, root);
  return root;
}

describe('the data section of the options page', () => {
  it('shows the storage used and downloads a backup of everything', async () => {
    const download = vi.fn();
    const root = mount({
      ...noData,
      // 12.5 MiB of 1,024 MiB → "Using 12.5 MB of 1024.0 MB"
      storage: async () => ({ usage: 12.5 * 2 ** 20, quota: 1024 * 2 ** 20 }),
      backup: async () => '{"version":1}',
      restore: async () => {},
      download,
    });
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="storage-use"]')?.textContent).toBe(
        'Using 12.5 MB of 1024.0 MB available to the browser.',
      ),
    );
    (root.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(download).toHaveBeenCalledWith(BACKUP_FILE_NAME, '{"version":1}'));
    await vi.waitFor(() => expect(root.textContent).toContain(`Saved ${BACKUP_FILE_NAME}.`));
  });

  it('names the file when a restore is refused', async () => {
    const root = mount({
      ...noData,
      storage: async () => null,
      backup: async () => '',
      restore: async () => {
        throw new Error('the database is not empty');
      },
      download: () => {},
    });
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File(['{}'], 'old-backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() =>
      expect(root.querySelector('[role=alert]')?.textContent).toBe(
        'Restore from old-backup.json failed: the database is not empty',
      ),
    );
  });
});
