/**
 * Background (service worker in Chrome, event page in Firefox): migrates stored settings on install/update (and puts
 * the coach into tabs open since before it, ./reinject.ts), keeps
 * the content script registered on the sites the user added, answers the popup's and options page's requests, and
 * tags the English sentences the content script asks about (rc:questions: compromise, whose start would otherwise
 * be a long task on the page). It keeps no draft text: answers are computed and returned, nothing is stored.
 */
import browser from 'webextension-polyfill';
import { migrateStoredSettings, STORAGE_KEYS } from '../shared/settings';
import type { OpenPanelMessage } from '../shared/messages';
import { isQuestion } from '../engine/compromise-questions';
import { answer, backgroundHandlers } from './handlers';
import { injectIntoOpenTabs } from './reinject';
import { addSite, onPermissionsAdded, removeSite, syncRegistrations } from './sites';
import { reportFailure } from '../shared/report';

const log = (e: unknown) => reportFailure('background-failed', e);

browser.runtime.onInstalled.addListener((details) => {
  const reinject = details.reason === 'install' || details.reason === 'update';
  void migrateStoredSettings()
    .catch(log)
    .then(() => syncRegistrations())
    .catch(log)
    // Tabs open since before the install or update get a working coach without a reload.
    .then(() => (reinject ? injectIntoOpenTabs() : undefined))
    .catch(log);
});

// For the end-to-end tests: the service worker's own scope (no page can reach it) runs the injection again.
(globalThis as { replyCoachInjectIntoOpenTabs?: typeof injectIntoOpenTabs }).replyCoachInjectIntoOpenTabs =
  injectIntoOpenTabs;

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
    const before = JSON.stringify(
      (changes.settings?.oldValue as { sites?: { added?: unknown } } | undefined)?.sites?.added ?? null,
    );
    const after = JSON.stringify(
      (changes.settings?.newValue as { sites?: { added?: unknown } } | undefined)?.sites?.added ?? null,
    );
    if (changes.settings && before !== after) void syncRegistrations().catch(log);
  }
});

// The shortcut is a browser command, not a key listener in the page: a listener would run on every keystroke.
browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'open-suggestions' || tab?.id === undefined) return;
  browser.tabs.sendMessage(tab.id, { type: 'rc:openPanel' } satisfies OpenPanelMessage).catch(() => undefined);
});

const handlers = backgroundHandlers({ addSite, removeSite, syncSites: syncRegistrations, isQuestion, log });

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  answer(handlers, message, sender, browser.runtime.id),
);
