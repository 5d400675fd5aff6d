/**
 * Background (service worker in Chrome, event page in Firefox): migrates stored settings on install/update, keeps
 * the content script registered on the sites the user added, answers the popup's and options page's requests, and
 * tags the English sentences the content script asks about (rc:questions: compromise, whose start would otherwise
 * be a long task on the page). It keeps no draft text: answers are computed and returned, nothing is stored.
 */
import browser from 'webextension-polyfill';
import { migrateStoredSettings, STORAGE_KEYS } from '../shared/settings';
import { isQuestionsMessage, isRcMessage, type BackgroundMessage, type OpenPanelMessage, type SiteResult } from '../shared/messages';
import { isQuestion } from '../engine/compromise-questions';
import { MAX_QUESTION_CHARS } from '../engine/questions';
import { addSite, onPermissionsAdded, removeSite, syncRegistrations } from './sites';

const log = (e: unknown) => console.warn('[reply-coach]', e);

browser.runtime.onInstalled.addListener(() => {
  void migrateStoredSettings()
    .catch(log)
    .then(() => syncRegistrations())
    .catch(log);
});

browser.runtime.onStartup.addListener(() => {
  void syncRegistrations().catch(log);
});

browser.permissions.onAdded.addListener((p) => {
  void onPermissionsAdded(p.origins).catch(log);
});

browser.permissions.onRemoved.addListener(() => {
  void syncRegistrations().catch(log);
});

// Added sites changed elsewhere (options page, import, another device through sync): follow.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && Object.keys(changes).some((k) => STORAGE_KEYS.includes(k))) {
    const before = JSON.stringify((changes.settings?.oldValue as { sites?: { added?: unknown } } | undefined)?.sites?.added ?? null);
    const after = JSON.stringify((changes.settings?.newValue as { sites?: { added?: unknown } } | undefined)?.sites?.added ?? null);
    if (changes.settings && before !== after) void syncRegistrations().catch(log);
  }
});

// The shortcut is a browser command, not a key listener in the page: a listener would run on every keystroke.
browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'open-suggestions' || tab?.id === undefined) return;
  browser.tabs.sendMessage(tab.id, { type: 'rc:openPanel' } satisfies OpenPanelMessage).catch(() => undefined);
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender): Promise<SiteResult | boolean[]> | undefined => {
  if (sender.id !== browser.runtime.id) return undefined;
  if (isQuestionsMessage(message, MAX_QUESTION_CHARS)) return Promise.resolve(message.sentences.map((s) => isQuestion(s)));
  // Sites are managed from our own pages only; content scripts have no business here.
  if (sender.tab?.url?.startsWith('http')) return undefined;
  if (!isRcMessage(message) || message.type === 'rc:getStatus' || message.type === 'rc:openPanel' || message.type === 'rc:questions') return undefined;
  const m = message as BackgroundMessage;
  const run = async (): Promise<SiteResult> => {
    switch (m.type) {
      case 'rc:addSite':
        return addSite(m.origin);
      case 'rc:removeSite':
        return removeSite(m.origin);
      case 'rc:syncSites':
        await syncRegistrations();
        return { ok: true };
    }
  };
  return run().catch((e: unknown) => {
    log(e);
    return { ok: false, error: 'options_error_generic' };
  });
});
