import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** TikTok's DD/MM/YYYY HH:MM:SS in the shop's zone. */
export function tiktokTime(at: number, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** Writes a TikTok-style export (one line per order) to a temporary file and returns its path. */
export function writeExport(name: string, header: string[], rows: string[][]): string {
  const path = join(tmpdir(), `${name}-${Date.now()}.csv`);
  writeFileSync(path, [header.join(','), ...rows.map((r) => r.join(','))].join('\n'));
  return path;
}
