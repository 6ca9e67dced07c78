/**
 * Installs Debian packages for the test suite (PostgreSQL 15, Chromium, CJK
 * fonts) when they are missing. Only root can do that; anyone else gets a
 * clear message with the command to run.
 */
import { run } from './proc.mjs';

let updated = false;

/** apt-get update (once per process) + install; resolves true on success. */
export async function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.error(`Missing system packages; run: sudo apt-get install -y ${packages.join(' ')}`);
    return false;
  }
  // Another apt run (another checkout's tests, unattended upgrades) may hold the
  // dpkg lock for a while; wait for it instead of failing at once.
  const lockWait = ['-o', 'DPkg::Lock::Timeout=600'];
  if (!updated) {
    const code = await run('apt-get', [...lockWait, 'update', '-q'], { env });
    if (code !== 0) console.error(`apt-get update failed (exit ${code}); trying the install anyway`);
    updated = true;
  }
  const code = await run(
    'apt-get',
    [...lockWait, 'install', '-y', '-q', '--no-install-recommends', ...packages],
    { env },
  );
  if (code !== 0) console.error(`apt-get install ${packages.join(' ')} failed (exit ${code})`);
  return code === 0;
}
