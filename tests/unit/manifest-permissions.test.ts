/**
 * The built extension asks for no more than it does today. Any permission, host permission or optional permission
 * beyond the lists below, a content script on any site beyond today's, or (Firefox) any data collection beyond
 * "none" fails here, so that widening what the extension may do is a decision someone writes down in this file (and
 * in the store listing), never a side effect of a build or a dependency. Fewer is always fine.
 *
 * Reads the built manifests (dist/chrome, dist/firefox): `npm run build` first, as for the CLI tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Today's sites: the manifest's content-script matches, which the build also turns into host_permissions. */
const SITES = [
  'https://www.etsy.com/*',
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://mail.yahoo.com/*',
  'https://mail.proton.me/*',
  'https://*.gmx.net/*',
  'https://*.gmx.com/*',
  'https://*.web.de/*',
  'https://www.kleinanzeigen.de/*',
  'https://www.ebay.com/*',
  'https://www.ebay.de/*',
  'https://www.ebay.co.uk/*',
  'https://www.facebook.com/*',
  'https://www.messenger.com/*',
  'https://olx.ba/*',
  'https://www.olx.ba/*',
  'https://www.tori.fi/*',
  'https://www.njuskalo.hr/*',
  'https://www.vinted.de/*',
  'https://www.vinted.com/*',
  'https://www.vinted.fi/*',
  'https://www.vinted.hr/*',
];

/** What the built manifests ask for today (the same in both builds). */
const TODAY = {
  permissions: ['storage', 'scripting', 'activeTab'],
  optional_permissions: [] as string[],
  host_permissions: SITES,
  // Sites the user adds in the options are asked for one by one at run time (permissions.request).
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  content_script_matches: SITES,
  // Firefox's built-in data consent (browser_specific_settings.gecko.data_collection_permissions).
  data_collection_required: ['none'],
  data_collection_optional: [] as string[],
};

interface Manifest {
  permissions?: unknown;
  optional_permissions?: unknown;
  host_permissions?: unknown;
  optional_host_permissions?: unknown;
  content_scripts?: { matches?: unknown; exclude_matches?: unknown }[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: unknown; optional?: unknown } } };
}

function readManifest(build: string): Manifest {
  const file = join(ROOT, 'dist', build, 'manifest.json');
  if (!existsSync(file)) throw new Error(`dist/${build}/manifest.json is missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** A manifest list: absent is empty; anything but an array of strings is an error of its own. */
function list(value: unknown, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new Error(`${what} is not a list of strings: ${JSON.stringify(value)}`);
  }
  return value as string[];
}

const beyond = (actual: string[], allowed: string[]) => actual.filter((x) => !allowed.includes(x));

describe.each(['chrome', 'firefox'])('dist/%s/manifest.json asks for no more than today', (build) => {
  // Each check lists everything beyond today's at once (an empty list each when all is well).
  it('permissions and optional permissions', () => {
    const m = readManifest(build);
    expect({
      permissions: beyond(list(m.permissions, 'permissions'), TODAY.permissions),
      optional_permissions: beyond(list(m.optional_permissions, 'optional_permissions'), TODAY.optional_permissions),
    }).toEqual({ permissions: [], optional_permissions: [] });
  });

  it('host permissions and optional host permissions', () => {
    const m = readManifest(build);
    expect({
      host_permissions: beyond(list(m.host_permissions, 'host_permissions'), TODAY.host_permissions),
      optional_host_permissions: beyond(
        list(m.optional_host_permissions, 'optional_host_permissions'),
        TODAY.optional_host_permissions,
      ),
    }).toEqual({ host_permissions: [], optional_host_permissions: [] });
  });

  it('content scripts run on today’s sites only', () => {
    const scripts = readManifest(build).content_scripts ?? [];
    expect(scripts.length, 'content scripts').toBeGreaterThan(0);
    const extra = scripts.map((cs, i) =>
      beyond(list(cs.matches, `content_scripts[${i}].matches`), TODAY.content_script_matches),
    );
    expect(extra, 'matches beyond today’s, per content script').toEqual(scripts.map(() => []));
  });

  it('collects no data (Firefox’s data collection permissions)', () => {
    const d = readManifest(build).browser_specific_settings?.gecko?.data_collection_permissions;
    expect({
      required: beyond(list(d?.required, 'data_collection_permissions.required'), TODAY.data_collection_required),
      optional: beyond(list(d?.optional, 'data_collection_permissions.optional'), TODAY.data_collection_optional),
    }).toEqual({ required: [], optional: [] });
  });
});
