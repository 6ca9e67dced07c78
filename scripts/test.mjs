#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in order, continuing after failures.
 *
 *   static  type check (server + tests, web) and lint (biome)
 *   server  service tests on the embedded PostgreSQL
 *   pg15    the same service tests on Debian's PostgreSQL 15
 *   e2e     browser tests (Chromium) against the real server and web app
 *
 * `npm test -- --only=server,e2e` runs some groups; other arguments are passed
 * to vitest as file filters (`npm test -- --only=server auth`).
 * The last line is always `N passed, N failed[, N skipped]`, summed from the
 * vitest JSON reports; a failed type check, lint or test run that produced no
 * result counts as one failure. Exits 1 when anything failed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { bin, formatDuration, repoRoot } from './lib/proc.mjs';
import { runServerTestsOnPg15 } from './pg15.mjs';

const groups = ['static', 'server', 'pg15', 'e2e'];
const resultsDir = path.join(repoRoot, '.test-results');
// Reports are written to a directory of this run (two runs in one checkout must not
// read each other's counts) and copied to .test-results/ for people and CI artifacts.
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-test-run-'));
// A hung step must not eat the CI budget (90 min); it is killed and counted as failed. The bound is far above
// a step's time on an idle machine (about 5.5 min for the service tests) so a busy machine is slow, not failed;
// five steps at the bound still end inside the budget.
const stepTimeoutMs = Number(process.env.TEST_STEP_TIMEOUT_MINUTES ?? 16) * 60_000;

function parseArgs(argv) {
  let only = groups;
  const filters = [];
  for (const arg of argv) {
    if (arg.startsWith('--only=')) {
      only = arg.slice('--only='.length).split(',').filter(Boolean);
      const unknown = only.filter((g) => !groups.includes(g));
      if (unknown.length) {
        console.error(`unknown group ${unknown.join(', ')}; choose from ${groups.join(', ')}`);
        process.exit(2);
      }
    } else filters.push(arg);
  }
  return { only, filters };
}

/** The currently running step's process group, so Ctrl-C / timeouts reach all of it. */
let current;
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    interrupted = true;
    if (current) killGroup(current, sig);
  });
}

function killGroup(child, sig) {
  try {
    process.kill(-child.pid, sig);
  } catch {
    child.kill(sig);
  }
}

/** Runs a command in its own process group with a time limit; resolves with its exit code. */
function runStep(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: repoRoot,
      stdio: 'inherit',
      detached: true,
      env: { ...process.env, ...env },
    });
    current = child;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(
        `\n${cmd} ${args.join(' ')} ran longer than ${formatDuration(stepTimeoutMs)}; stopping it`,
      );
      killGroup(child, 'SIGTERM');
      setTimeout(() => killGroup(child, 'SIGKILL'), 15_000).unref();
    }, stepTimeoutMs);
    child.on('error', (err) => {
      console.error(`could not run ${cmd}: ${err.message}`);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      current = undefined;
      resolve(timedOut ? 124 : (code ?? 128 + (os.constants.signals[signal] ?? 1)));
    });
  });
}

/** Pass/fail/skip counts from a vitest JSON report, plus files that failed outside any test. */
function readReport(file) {
  if (!fs.existsSync(file)) return undefined;
  try {
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    const brokenFiles = (r.testResults ?? [])
      .filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'))
      .map((f) => path.relative(repoRoot, f.name));
    const failedTests = (r.testResults ?? []).flatMap((f) =>
      (f.assertionResults ?? [])
        .filter((a) => a.status === 'failed')
        .map((a) => `${path.relative(repoRoot, f.name)} > ${a.fullName ?? a.title}`),
    );
    return {
      passed: r.numPassedTests ?? 0,
      failed: r.numFailedTests ?? 0,
      skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
      brokenFiles,
      failedTests,
    };
  } catch (err) {
    console.error(`could not read ${file}: ${err.message}`);
    return undefined;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

function record(name, ok, ms, detail = '', failures = []) {
  summary.push({ name, ok, ms, detail, failures });
}

async function staticStep(name, cmd, args) {
  console.log(`\n=== ${name}: ${[path.basename(cmd), ...args].join(' ')}`);
  const started = Date.now();
  const code = await runStep(cmd, args);
  const ok = code === 0;
  if (!ok) totals.failed += 1;
  record(name, ok, Date.now() - started, ok ? '' : `exit ${code}, counted as 1 failed`);
}

/** Runs vitest (through `launch`) with a JSON report and adds its counts to the totals. */
async function vitestStep(name, reportName, launch) {
  console.log(`\n=== ${name}`);
  const report = path.join(runDir, reportName);
  const reporterArgs = ['--reporter=default', '--reporter=json', `--outputFile=${report}`];
  const started = Date.now();
  let code;
  try {
    code = await launch(reporterArgs);
  } catch (err) {
    console.error(`${name}: ${err instanceof Error ? err.message : err}`);
    code = 1;
  }
  const ms = Date.now() - started;
  const r = readReport(report);
  if (fs.existsSync(report)) fs.copyFileSync(report, path.join(resultsDir, reportName));
  let failed = r?.failed ?? 0;
  const notes = [];
  if (r) {
    totals.passed += r.passed;
    totals.skipped += r.skipped;
    for (const f of r.brokenFiles) notes.push(`${f} failed to run`);
    failed += r.brokenFiles.length;
  }
  // A crash before or after the tests (setup, teardown, unhandled error) still fails the step.
  if (code !== 0 && failed === 0) {
    failed = 1;
    notes.push(r ? `vitest exited ${code} outside any test` : `no test report (exit ${code})`);
  }
  totals.failed += failed;
  const counts = r ? `${r.passed} passed, ${failed} failed, ${r.skipped} skipped` : `${failed} failed`;
  record(name, code === 0 && failed === 0, ms, [counts, ...notes].join('; '), r?.failedTests ?? []);
}

const { only, filters: fileFilters } = parseArgs(process.argv.slice(2));
// With file filters a project may legitimately have no matching file.
const filters = fileFilters.length ? ['--passWithNoTests', ...fileFilters] : [];
fs.mkdirSync(resultsDir, { recursive: true });
const suiteStarted = Date.now();

if (only.includes('static') && !interrupted) {
  await staticStep('typecheck server', bin('tsc'), ['-p', 'apps/server']);
  if (fs.existsSync(path.join(repoRoot, 'apps/web/tsconfig.json'))) {
    await staticStep('typecheck web', bin('tsc'), ['-p', 'apps/web']);
  } else console.log('\n(apps/web has no tsconfig.json; web type check skipped)');
  await staticStep('lint', bin('biome'), ['check', '.']);
}

if (only.includes('server') && !interrupted) {
  await vitestStep('service tests (embedded PostgreSQL)', 'server.json', (reporters) =>
    runStep(bin('vitest'), ['run', '--project', 'server', ...reporters, ...filters]),
  );
}

if (only.includes('pg15') && !interrupted) {
  await vitestStep('service tests (PostgreSQL 15)', 'server-pg15.json', (reporters) =>
    runServerTestsOnPg15([...reporters, ...filters], runStep),
  );
}

if (only.includes('e2e') && !interrupted) {
  await vitestStep('browser tests', 'e2e.json', async (reporters) => {
    if (!(await ensureChromium())) throw new Error('Chromium is not available');
    return runStep(bin('vitest'), ['run', '--project', 'e2e', ...reporters, ...filters]);
  });
}

fs.rmSync(runDir, { recursive: true, force: true });
console.log(`\n=== summary (${formatDuration(Date.now() - suiteStarted)})`);
for (const s of summary) {
  console.log(
    `  ${s.ok ? 'ok    ' : 'FAILED'}  ${s.name.padEnd(38)} ${formatDuration(s.ms).padStart(10)}  ${s.detail}`,
  );
  const shown = s.failures.slice(0, 15);
  for (const f of shown) console.log(`            ✗ ${f}`);
  if (s.failures.length > shown.length)
    console.log(`            … and ${s.failures.length - shown.length} more`);
}
const failedSteps = summary.filter((s) => !s.ok).map((s) => s.name);
if (interrupted) console.log('interrupted');
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 || interrupted ? 1 : 0);
