#!/usr/bin/env node
/**
 * Makes sure the browser tests can run: Debian's Chromium at /usr/bin/chromium
 * and CJK fonts (the UI is Chinese; without fonts screenshots show boxes).
 * Browsers are never downloaded from anywhere else. Exits non-zero when the
 * browser is still missing afterwards.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { aptInstall } from './lib/apt.mjs';

export const CHROMIUM = '/usr/bin/chromium';

function hasChineseFont() {
  const res = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return res.status === 0 && res.stdout.trim() !== '';
}

export async function ensureChromium() {
  const wanted = [];
  if (!fs.existsSync(CHROMIUM)) wanted.push('chromium');
  if (!hasChineseFont()) wanted.push('fonts-noto-cjk', 'fontconfig');
  if (wanted.length) {
    console.log(`Installing ${wanted.join(', ')} with apt-get ...`);
    await aptInstall(wanted);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} is missing; install Debian's chromium package.`);
    return false;
  }
  if (!hasChineseFont())
    console.warn('warning: no Chinese font found (fc-list :lang=zh); screenshots may show boxes');
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit((await ensureChromium()) ? 0 : 1);
}
