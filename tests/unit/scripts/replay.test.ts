import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../core/settings/settings';

describe('npm run replay with hostile settings (issue #16)', () => {
  it('refuses a promise of 10^12 business days at parse, naming the file and the field, before reading any order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-'));
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, JSON.stringify({ ...defaultSettings, promise: { type: 'business-days', days: 1e12 } }));
    // The orders file does not exist: the settings are refused first, so the replay never reaches it.
    const run = spawnSync(
      'npx',
      ['tsx', 'scripts/replay.ts', '--orders', join(dir, 'none.csv'), '--settings', settings],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`replay: ${settings}: `);
    expect(run.stderr).toContain('at promise.days');
    expect(run.stderr).not.toContain('none.csv');
  }, 60_000); // a child process with its own TypeScript loader: seconds on a busy machine
});
