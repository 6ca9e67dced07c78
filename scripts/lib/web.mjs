/**
 * Builds the web app (apps/web, vite) when its output is missing or older than
 * its sources. Used by `npm start` and by the browser tests' global setup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, run } from './proc.mjs';

export const webDir = path.join(repoRoot, 'apps', 'web');
export const webDist = path.join(webDir, 'dist');
const viteConfigs = ['vite.config.ts', 'vite.config.mts', 'vite.config.js', 'vite.config.mjs'];
const buildInputs = ['src', 'public', 'index.html', 'package.json', ...viteConfigs];

/** True when apps/web has a vite config, i.e. there is a web app to build. */
export function hasWebApp() {
  return viteConfigs.some((f) => fs.existsSync(path.join(webDir, f)));
}

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Why a build is needed, or null when dist is up to date. */
export function webBuildReason() {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) return 'apps/web/dist is missing';
  const built = fs.statSync(index).mtimeMs;
  const changed = buildInputs.find((f) => newestMtime(path.join(webDir, f)) > built);
  return changed ? `apps/web/${changed} changed since the last build` : null;
}

/**
 * Builds when needed. Resolves 'skipped' (no web app yet), 'fresh' or 'built';
 * rejects when the build fails.
 */
export async function buildWebIfNeeded({ log = console.log } = {}) {
  if (!hasWebApp()) {
    log('warning: apps/web has no vite config yet; serving the API only.');
    return 'skipped';
  }
  const reason = webBuildReason();
  if (!reason) return 'fresh';
  log(`Building the web app (${reason}) ...`);
  const code = await run('npm', ['run', 'build', '-w', 'apps/web']);
  if (code !== 0) throw new Error(`web build failed (npm run build -w apps/web exited ${code})`);
  return 'built';
}

/**
 * Builds the web app into `outDir` (the browser tests' private copy), so a
 * developer rebuilding apps/web/dist meanwhile cannot pull files from under a test run.
 */
export async function buildWebTo(outDir) {
  const code = await run(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: webDir,
    },
  );
  if (code !== 0) throw new Error(`web build failed (vite build --outDir ${outDir} exited ${code})`);
}
