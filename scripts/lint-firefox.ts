import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm test`'s firefox-lint: the Firefox package as the store gets it (a production build: no local page),
 * through Mozilla's addons-linter, which must report 0 errors and 0 warnings; and the manifest keys the
 * store asks for checked by name. Exits non-zero otherwise, naming each finding.
 */
type Finding = { code: string; message: string; file?: string; line?: number };
type Report = {
  summary: { errors: number; warnings: number; notices: number };
  errors: Finding[];
  warnings: Finding[];
};

const env = { ...process.env, LES_LOCAL_PAGES: '' };
if (spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit', env }).status !== 0) {
  console.error('firefox-lint: the Firefox build failed');
  process.exit(1);
}
const dir = join(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');
const run = spawnSync('npx', ['addons-linter', '--output', 'json', dir], { encoding: 'utf8', maxBuffer: 64 << 20 });
let report: Report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`firefox-lint: addons-linter gave no report (exit ${run.status}): ${run.stderr.slice(0, 2000)}`);
  process.exit(1);
}
const problems = [...report.errors, ...report.warnings].map(
  (f) => `${f.code} in ${f.file ?? 'the package'}${f.line ? `:${f.line}` : ''}: ${f.message}`,
);

// What the store and the picker need, by name (the linter does not ask for all of it).
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const gecko = manifest.browser_specific_settings?.gecko ?? {};
if (!gecko.id) problems.push('manifest: browser_specific_settings.gecko.id is missing');
if (JSON.stringify(gecko.data_collection_permissions?.required) !== '["none"]')
  problems.push('manifest: gecko.data_collection_permissions.required is not ["none"]');
if (!manifest.optional_permissions?.includes('https://*/*'))
  problems.push('manifest: optional_permissions lacks the picker’s host patterns ("https://*/*")');
if (/localhost|127\.0\.0\.1/.test(JSON.stringify(manifest)))
  problems.push('manifest: the store build names a local page (localhost or 127.0.0.1)');

const { errors, warnings, notices } = report.summary;
console.log(`addons-linter on ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const p of problems) console.error(`  ✗ ${p}`);
process.exit(problems.length === 0 ? 0 : 1);
