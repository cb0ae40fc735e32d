import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

/**
 * `npm test`: type-check, lint, unit tests, build, e2e tests in Chromium, then one closing line
 * `N passed, N failed` that counts every test and check. Each step runs even when one before failed,
 * so one run shows everything that is wrong; the exit code is non-zero if anything failed.
 */
type Tally = { passed: number; failed: number };
const total: Tally = { passed: 0, failed: 0 };
const lines: string[] = [];

function run(cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(
    `\n▶ ${Object.entries(env)
      .map(([k, v]) => `${k}=${v} `)
      .join('')}${cmd} ${args.join(' ')}`,
  );
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

function check(name: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  const ok = run(cmd, args, env);
  total[ok ? 'passed' : 'failed']++;
  lines.push(`${name}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

/** Counts from a test runner's JSON report; a missing report means the runner itself broke. */
function suite(name: string, ok: boolean, report: string, read: (json: Record<string, unknown>) => Tally) {
  if (!existsSync(report)) {
    total.failed++;
    lines.push(`${name}: FAILED (no report written)`);
    return;
  }
  const t = read(JSON.parse(readFileSync(report, 'utf8')));
  if (!ok && t.failed === 0) t.failed = 1; // the runner failed outside any test
  total.passed += t.passed;
  total.failed += t.failed;
  lines.push(`${name}: ${t.passed} passed, ${t.failed} failed`);
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

check('type-check', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['biome', 'check', '.']);

const unitOk = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/unit.json',
]);
suite('unit', unitOk, 'test-results/unit.json', (j) => ({
  passed: Number(j.numPassedTests),
  failed: Number(j.numFailedTests),
}));

// The tests' build also reads the local demo dashboard and fixture pages; the store's (firefox-lint, zips) does not.
if (check('build', 'npx', ['wxt', 'build'], { LES_LOCAL_PAGES: '1' })) {
  const e2eOk = run('npx', ['playwright', 'test']);
  suite('e2e', e2eOk, 'test-results/e2e.json', (j) => {
    const s = j.stats as { expected: number; unexpected: number; flaky: number };
    return { passed: s.expected, failed: s.unexpected + s.flaky };
  });
}

// The Firefox package as the store gets it, through Mozilla's addons-linter: 0 errors, 0 warnings.
check('firefox-lint', 'npx', ['tsx', 'scripts/lint-firefox.ts']);

console.log(`\n${lines.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
