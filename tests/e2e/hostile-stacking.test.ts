/**
 * A page that lifts every element to the highest z-index (and has a transparent message box) must not bury the
 * badge: the overlay lives in the top layer (popover), and a real click on the badge opens the panel.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { badge, launch, panel, until, type CoachBrowser } from './harness';

let b: CoachBrowser;
beforeAll(async () => {
  b = await launch({ fixtureEditors: false });
});
afterAll(async () => {
  await b?.close();
});

it('the badge stays on top and clickable on a page that sets z-index 2147483647 on everything', async () => {
  const page = await b.open('www.etsy.com', '/hostile/stacking.html');
  await page.locator('textarea').click();
  await page.keyboard.type('ok, I will ship the wallet tomorrow.', { delay: 5 });
  await until(async () => /^\d+$/.test(((await badge(page).textContent()) ?? '').trim()), 'a hint count on the badge');
  const box = (await badge(page).boundingBox())!;
  // What a real click at the badge's centre would hit.
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.tagName ?? null,
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(hit).toBe('REPLY-COACH-OVERLAY');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await until(
    async () => (await badge(page).getAttribute('aria-expanded')) === 'true',
    'the panel opened by a real click',
  );
  expect(await panel(page).isVisible()).toBe(true);
  expect(b.foreignRequests()).toEqual([]);
});
