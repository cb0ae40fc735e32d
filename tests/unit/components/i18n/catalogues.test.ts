import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Checks the message catalogues against the source: every key used exists, every key is used. */
const root = fileURLToPath(new URL('../../../..', import.meta.url));
const catalogue = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8'));
const en = catalogue('en');
const zh = catalogue('zh_CN');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}
const code = [
  ...['background', 'components', 'content', 'core', 'entrypoints', 'pages', 'runtime', 'storage', 'workers'].flatMap(
    sources,
  ),
  'wxt.config.ts',
]
  .map((f) => readFileSync(join(root, f), 'utf8'))
  .join('\n');

/** Keys named in t('…'), tParts('…'), getMessage('…'), phrase('…') (core/lib/phrase.ts) and the manifest's __MSG_…__. */
const called = new Set([
  ...[...code.matchAll(/\b(?:t|msg|tParts|getMessage|phrase)\(\s*'(\w+)'/g)].map((m) => m[1]),
  ...[...code.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]),
]);
/** Keys held in maps and passed on (a quoted literal), and prefixes of keys built in code (`stage_${k}`). */
const quoted = new Set([...code.matchAll(/'(\w+)'/g)].map((m) => m[1]));
const prefixes = [...code.matchAll(/\b(?:t|msg|getMessage|phrase)\(\s*`(\w+)\$\{/g)].map((m) => m[1]);
const placeholders = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort();

describe('message catalogues', () => {
  it('has the same keys in English and 简体中文', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('has every key the code asks for, in both', () => {
    expect(called.size).toBeGreaterThan(100);
    const missing = [...called].filter((k) => !(k in en) || !(k in zh));
    expect(missing).toEqual([]);
  });

  it('uses every key it holds', () => {
    const unused = Object.keys(en).filter(
      (k) => !quoted.has(k) && !called.has(k) && !prefixes.some((p) => k.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it('has the same $1… placeholders in both languages', () => {
    const differ = Object.keys(en).filter(
      (k) => placeholders(en[k].message).join() !== placeholders(zh[k]?.message ?? '').join(),
    );
    expect(differ).toEqual([]);
  });

  it('has no empty message, and keys browser.i18n accepts', () => {
    for (const c of [en, zh]) {
      for (const [k, v] of Object.entries(c)) {
        expect(k).toMatch(/^[A-Za-z0-9_]+$/);
        expect(v.message.trim()).not.toBe('');
      }
    }
  });

  it('has no "$1$2"-like run, which Chromium reads as an undefined named placeholder and refuses to load', () => {
    const bad = [en, zh].flatMap((c) =>
      Object.entries(c).filter(([, v]) => /\$[0-9A-Za-z_]+\$/.test(v.message.replaceAll('$$', ''))),
    );
    expect(bad.map(([k]) => k)).toEqual([]);
  });
});
