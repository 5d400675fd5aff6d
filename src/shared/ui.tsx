/** Small Preact pieces shared by the popup and the options page. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { loadSettings, onSettingsChanged, type Settings } from './settings';
import { resolveUiLang } from './i18n';
import type { Lang } from '../engine/types';

export function Switch(props: {
  checked: boolean;
  onChange: (on: boolean) => void;
  children?: ComponentChildren;
  label?: string;
  disabled?: boolean;
  testId?: string;
}) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        aria-label={props.label}
        data-testid={props.testId}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="track" aria-hidden="true" />
      {props.children}
    </label>
  );
}

/** Settings, kept current while the page is open (changes from other pages and devices arrive too). */
export function useSettings(): [Settings | null, (s: Settings) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => alive && setSettings(s));
    const off = onSettingsChanged((s) => alive && setSettings(s));
    return () => {
      alive = false;
      off();
    };
  }, []);
  return [settings, setSettings];
}

/** The language the page shows: the user's choice, or the browser's. Also sets <html lang>. */
export function useUiLang(settings: Settings | null): Lang {
  const lang = resolveUiLang(settings?.uiLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}

/** Runs `check` now and whenever the user grants or revokes a host permission, while `key` stays the same. */
export function usePermissionCheck(check: () => void, key: string): void {
  useEffect(() => {
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [key]);
}
