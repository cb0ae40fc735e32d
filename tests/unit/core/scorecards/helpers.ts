import { HOUR } from '../../../../core/lib/time';

/** Fixed instants for the scorecard tests: Shanghai (UTC+8) and Los Angeles in November (PST, UTC−8). */
export const SH = 'Asia/Shanghai';
export const LA = 'America/Los_Angeles';
export const sh = (local: string): number => Date.parse(`${local}+08:00`);
export const la = (local: string): number => Date.parse(`${local}-08:00`);

/** 2026-11-20 is a Friday. */
export const NOW_SH = sh('2026-11-20T10:00:00');
export const NOW_LA = la('2026-11-20T10:00:00');

export const hours = (h: number): number => h * HOUR;

export function times<T>(n: number, make: (k: number) => T): T[] {
  return Array.from({ length: n }, (_, k) => make(k));
}
