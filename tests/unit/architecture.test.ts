import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The floor plan, checked: core/'s layers import only the layers before them, the folders outside core/
 * import no folder that imports them back, and no product file outgrows one idea. README "Architecture"
 * draws the same map.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const TOP = ['entrypoints', 'background', 'content', 'pages', 'workers', 'components', 'storage', 'runtime', 'core'];

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return name === 'fixtures' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const files = TOP.flatMap(sources);

type Edge = { from: string; to: string; typeOnly: boolean };
/** Relative imports and re-exports of a file, resolved to repository paths (without extension). */
function importsOf(file: string): Edge[] {
  const text = readFileSync(join(root, file), 'utf8');
  const edges: Edge[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?'(\.{1,2}\/[^']+)'/gm)) {
    const names = m[2]?.trim() ?? '';
    const onlyTypes =
      /^\{[^}]*\}$/.test(names) &&
      names
        .slice(1, -1)
        .split(',')
        .every((n) => /^\s*(type\s|$)/.test(n));
    const to = normalize(join(dirname(file), m[3].split('?')[0]));
    edges.push({ from: file, to, typeOnly: Boolean(m[1]) || (names !== '' && onlyTypes) });
  }
  return edges;
}
const edges = files.flatMap(importsOf);

/** core/'s main line, lowest first, then the side folders with what each may use. */
const LINE = ['lib', 'records', 'scorecards', 'settings', 'model', 'outlook', 'report'];
const below = (layer: string) => LINE.slice(0, LINE.indexOf(layer));
const MAY_USE: Record<string, string[]> = {
  ...Object.fromEntries(LINE.map((l) => [l, below(l)])),
  exports: ['lib', 'records'],
  // A stage adapter names the warehouse's stages (records/stage-reading.ts), as capture does.
  adapters: ['lib', 'records', 'settings'],
  capture: ['lib', 'records', 'settings'],
  faces: below('report'),
  contract: [...LINE, 'exports', 'adapters', 'capture', 'faces'],
};
const folderOf = (path: string, depth: number) => path.split('/').slice(0, depth).join('/');

describe('the floor plan', () => {
  it('core/ holds only its layers and side folders', () => {
    const folders = readdirSync(join(root, 'core')).filter((n) => statSync(join(root, 'core', n)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(MAY_USE).sort());
    expect(readdirSync(join(root, 'core')).filter((n) => n.endsWith('.ts'))).toEqual([]);
  });

  it('each core/ folder imports only the layers before it (types included)', () => {
    const wrong = edges
      .filter((e) => e.from.startsWith('core/'))
      .map((e) => ({ ...e, a: folderOf(e.from, 2).slice(5), b: folderOf(e.to, 2).slice(5) }))
      .filter((e) => e.a !== e.b && !(e.to.startsWith('core/') && MAY_USE[e.a].includes(e.b)))
      .map((e) => `${e.from} → ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it('outside core/, data flows one way: no folder imports one above it at run time', () => {
    // entrypoints (thin) → contexts → Preact views → storage and the runtime glue → core.
    const RANK: Record<string, number> = {
      entrypoints: 0,
      background: 1,
      content: 1,
      pages: 1,
      workers: 1,
      components: 2,
      storage: 3,
      runtime: 3,
      core: 4,
      public: 5,
    };
    const upward = edges
      .filter((e) => !e.typeOnly)
      .map((e) => ({ e, a: folderOf(e.from, 1), b: folderOf(e.to, 1) }))
      .filter(({ a, b }) => a !== b && !(RANK[b] > RANK[a]))
      .map(({ e }) => `${e.from} → ${e.to}`);
    expect(upward).toEqual([]);
  });

  it('core/ imports nothing outside core/', () => {
    const out = edges.filter((e) => e.from.startsWith('core/') && !e.to.startsWith('core/'));
    expect(out.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('no product file over 220 lines, and the median file at most 100', () => {
    const lines = files.map((f) => ({ f, n: readFileSync(join(root, f), 'utf8').split('\n').length }));
    expect(lines.filter((l) => l.n > 220).map((l) => `${l.f}: ${l.n}`)).toEqual([]);
    const sorted = lines.map((l) => l.n).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(100);
  });
});
