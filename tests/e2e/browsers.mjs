#!/usr/bin/env node
// First step of `npm test`: the browser tests need Debian's chromium and firefox-esr. A bare machine has neither,
// so this installs them when it can (root with apt-get, as CI and a fresh machine run) and otherwise stops at once
// with the exact command, instead of letting a dozen test files fail one by one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = [
  { name: 'Chromium', pkg: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', env: 'CHROMIUM_PATH' },
  {
    name: 'Firefox ESR',
    pkg: 'firefox-esr',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    env: 'FIREFOX_PATH',
  },
];

const missing = BROWSERS.filter((b) => !existsSync(b.path));
if (missing.length === 0) {
  console.log(`browsers: ${BROWSERS.map((b) => `${b.name} ${b.path}`).join(', ')}`);
  process.exit(0);
}

const pkgs = missing.map((b) => b.pkg).join(' ');
const command = `apt-get update && apt-get install -y ${pkgs}`;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const custom = missing.filter((b) => process.env[b.env]);

function stop(lines) {
  console.error(['', 'npm test: the browser tests cannot run yet.', ...lines, ''].join('\n'));
  process.exit(1);
}

if (custom.length) {
  stop(custom.map((b) => `${b.env} is set to ${b.path}, but there is no file there.`));
}
if (!hasApt) {
  stop([
    `Missing: ${missing.map((b) => `${b.name} (${b.path})`).join(', ')}. This machine has no apt-get.`,
    `Install ${missing.map((b) => b.name).join(' and ')} and point ${missing.map((b) => b.env).join(' / ')} at the executable, then run npm test again.`,
  ]);
}
if (!isRoot) {
  stop([
    `Missing: ${missing.map((b) => `${b.name} (${b.path})`).join(', ')}. Install them with:`,
    '',
    `  sudo sh -c '${command}'`,
    '',
    'then run npm test again.',
  ]);
}

console.log(`browsers: installing ${pkgs} (Debian packages, needed by the browser tests; once per machine)…`);
const started = Date.now();
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', ...missing.map((b) => b.pkg)],
]) {
  const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (r.status !== 0)
    stop([`\`apt-get ${args.join(' ')}\` failed (exit ${r.status}). Run it by hand to see why:`, '', `  ${command}`]);
}
const still = missing.filter((b) => !existsSync(b.path));
if (still.length) stop([`apt-get finished but ${still.map((b) => b.path).join(', ')} is still missing.`]);
console.log(`browsers: installed ${pkgs} in ${Math.round((Date.now() - started) / 1000)} s`);
