/** Ask the content script in every frame of a tab for its status and keep the frame whose box was focused last. */
import browser from 'webextension-polyfill';
import { isStatusResponse, type GetStatusMessage, type StatusResponse } from '../shared/messages';

const TIMEOUT_MS = 800;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([p, new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);
}

/** Frame ids of the tab that we may script (we hold host access to them); [0] when we cannot list them. */
async function frameIds(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => 0 });
    const ids = results.map((r) => r.frameId).filter((id): id is number => typeof id === 'number');
    return ids.length ? ids : [0];
  } catch {
    return [0];
  }
}

export async function getTabStatus(tabId: number): Promise<StatusResponse | null> {
  const msg: GetStatusMessage = { type: 'rc:getStatus' };
  const answers = await Promise.all(
    (await frameIds(tabId)).map((frameId) =>
      withTimeout(browser.tabs.sendMessage(tabId, msg, { frameId }) as Promise<unknown>, TIMEOUT_MS).catch(
        () => undefined,
      ),
    ),
  );
  let best: StatusResponse | null = null;
  for (const a of answers) {
    if (!isStatusResponse(a)) continue;
    if (!best || (a.focusedAt ?? 0) > (best.focusedAt ?? 0)) best = a;
  }
  return best;
}
