#!/usr/bin/env node
/**
 * `npm run bench` — runs the bench scripts one after another (never in
 * parallel: they would measure each other).
 *
 *   npm run bench                         every bench/*.bench.ts
 *   npm run bench -- customers            only bench/customers.bench.ts
 *   npm run bench -- customers --customers 20000 --keep
 *                                         options after the name go to that script
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(dir);
const all = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();

const [first, ...rest] = process.argv.slice(2);
const chosen = first && !first.startsWith('-') ? [first] : all;
const args = first && !first.startsWith('-') ? rest : process.argv.slice(2);
for (const name of chosen) {
  if (!all.includes(name)) {
    console.error(`unknown bench "${name}"; available: ${all.join(', ')}`);
    process.exit(2);
  }
}

let failed = false;
for (const name of chosen) {
  console.log(`\n=== bench/${name}.bench.ts ${args.join(' ')}`);
  const res = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join('bench', `${name}.bench.ts`), ...args],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (res.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
