/** The demo (`npm run demo`, through demo.mjs): see demo.mjs. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TMP, badge, launch, openPanel } from './harness';
import { DRAFTS, SITE_CASES, typeDraft, waitForFixture } from './sites';

const PAGES = [
  { id: 'etsy', draft: DRAFTS.en },
  { id: 'gmail', draft: DRAFTS.en },
  { id: 'kleinanzeigen', draft: DRAFTS.de },
] as const;

export async function runDemo(opts: { headed: boolean; log(m: string): void; rel(p: string): string }): Promise<void> {
  const { headed, log } = opts;
  if (!headed)
    log(
      'No display found (DISPLAY is not set): running Chromium headless; it types a draft on each page and saves screenshots.',
    );
  const b = await launch({ headless: !headed, viewport: headed ? null : { width: 1200, height: 800 } });
  const pages: Page[] = [];
  for (const p of PAGES) {
    const site = SITE_CASES.find((s) => s.id === p.id)!;
    const page = await b.open(site.host, site.path);
    await waitForFixture(page);
    await site.open?.(page);
    pages.push(page);
    log(`  ${site.id.padEnd(14)} ${b.server.url(site.host, site.path)}`);
    if (!headed) {
      await site.focus(page);
      await typeDraft(page, p.draft);
      await badge(page).waitFor({ state: 'visible', timeout: 5000 });
      await page.waitForTimeout(400);
      const count = ((await badge(page).textContent()) ?? '').trim() || '0';
      await openPanel(page);
      const file = join(TMP, 'demo', `${site.id}.png`);
      await page.screenshot({ path: file });
      log(`    ${count} hints shown; screenshot: ${opts.rel(file)}`);
    }
  }
  // The blank first tab of a persistent context is of no use.
  for (const p of b.context.pages())
    if (!pages.includes(p) && p.url() === 'about:blank') await p.close().catch(() => undefined);
  if (!headed) {
    const foreign = b.foreignRequests();
    log(
      foreign.length
        ? `Requests that left the fixtures: ${foreign.join(', ')}`
        : 'No request left the browser except to the local fixture server.',
    );
    await b.close();
    return;
  }
  log('Chromium is open with Reply Coach on the Etsy, Gmail and Kleinanzeigen fixture pages.');
  log(
    'Click into a message box and type, e.g. "your parcel is delayed by a week. I will start on your order tomorrow."',
  );
  log('Close the browser window or press Ctrl+C to stop.');
  await pages[0]!.bringToFront();
  await new Promise<void>((resolve) => {
    b.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await b.close();
}
