/**
 * Toolbar popup: this site's switch, the hint count of the focused box, "Enable on this site" for a site that is
 * not built in, and a link to the options.
 *
 * The current tab's URL: the popup sees it through activeTab (granted when the user clicks the toolbar button) or
 * through the host permission we hold for built-in and added sites. No "tabs" permission.
 * Tests open the popup as a page with ?tabId=<id> to point it at a tab.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, LANG_NATIVE_NAMES } from '../shared/i18n';
import { isSiteEnabled, setSiteEnabled, updateSettings, type Settings } from '../shared/settings';
import { isBuiltInHost, originPatternFor } from '../shared/sites';
import type { AddSiteMessage, SiteResult, StatusResponse } from '../shared/messages';
import { Switch, usePermissionCheck, useSettings, useUiLang } from '../shared/ui';
import { getTabStatus } from './status';
import type { Lang } from '../engine/types';

interface TabInfo {
  id: number | null;
  url: string | null;
}

type SiteKind = 'not-web' | 'builtin' | 'added' | 'added-no-access' | 'new';

async function currentTab(): Promise<TabInfo> {
  const forced = Number(new URLSearchParams(location.search).get('tabId'));
  try {
    const tab = forced
      ? await browser.tabs.get(forced)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return { id: tab?.id ?? null, url: tab?.url || null };
  } catch {
    return { id: null, url: null };
  }
}

function siteKind(
  url: string | null,
  settings: Settings,
  granted: boolean,
): { kind: SiteKind; host: string; origin: string } {
  const origin = url ? originPatternFor(url) : null;
  if (!url || !origin) return { kind: 'not-web', host: '', origin: '' };
  const host = new URL(url).hostname;
  if (isBuiltInHost(host)) return { kind: 'builtin', host, origin };
  const added =
    settings.sites.added.find((o) => o === origin) ?? settings.sites.added.find((o) => o.includes(`//${host}/`));
  if (added) return { kind: granted ? 'added' : 'added-no-access', host, origin: added };
  return { kind: 'new', host, origin };
}

export function Popup() {
  const [settings, setSettings] = useSettings();
  const lang = useUiLang(settings);
  const [tab, setTab] = useState<TabInfo | null>(null);
  /** null until permissions.contains answers: an added site is not shown as "no access" before we know. */
  const [granted, setGranted] = useState<boolean | null>(null);
  const [status, setStatus] = useState<StatusResponse | null | undefined>(undefined);
  const [justEnabled, setJustEnabled] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void currentTab().then(setTab);
  }, []);

  const site = settings && tab ? siteKind(tab.url, settings, granted === true) : null;

  // Do we (still) hold the host permission for this site?
  usePermissionCheck(() => {
    if (site?.origin)
      void browser.permissions.contains({ origins: [site.origin] }).then(setGranted, () => setGranted(false));
  }, site?.origin ?? '');

  // Ask the page for its hint count now and every second while the popup is open.
  const active =
    !!site && (site.kind === 'builtin' || site.kind === 'added') && !!settings && isSiteEnabled(settings, site.host);
  useEffect(() => {
    if (!active || tab?.id == null) return;
    let alive = true;
    const poll = () => void getTabStatus(tab.id!).then((s) => alive && setStatus(s));
    poll();
    const timer = setInterval(poll, 1000);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [active, tab?.id]);

  if (!settings || !tab || !site || (site.kind.startsWith('added') && granted === null))
    return <main class="popup" aria-busy="true" />;

  const enable = async () => {
    setError(null);
    // permissions.request must be the first thing the click does: the browser only allows it during the gesture.
    let ok = false;
    try {
      ok = await browser.permissions.request({ origins: [site.origin] });
    } catch {
      ok = false;
    }
    if (!ok) {
      setError(t('popup_error_denied', lang));
      return;
    }
    // The background also reacts to permissions.onAdded (Firefox may close the popup while it asks); both paths
    // end in the same idempotent addSite().
    const msg: AddSiteMessage = { type: 'rc:addSite', origin: site.origin };
    const res = (await browser.runtime.sendMessage(msg).catch(() => null)) as SiteResult | null;
    if (!res?.ok) {
      setError(t(res?.error ?? 'options_error_generic', lang));
      return;
    }
    setGranted(true);
    setJustEnabled(true);
  };

  const reload = async () => {
    if (tab.id != null) await browser.tabs.reload(tab.id);
    window.close();
  };

  const openOptions = async () => {
    await browser.runtime.openOptionsPage();
    window.close();
  };

  const siteOn = isSiteEnabled(settings, site.host);

  return (
    <main class="popup" data-testid="popup" data-site-kind={site.kind}>
      <header>
        <img src="/icons/icon-32.png" alt="" width="20" height="20" />
        <h1>{t('extName', lang)}</h1>
        <button class="link" onClick={() => void openOptions()} data-testid="open-options">
          {t('popup_options', lang)}
        </button>
      </header>

      {!settings.enabled && (
        <section class="note warn row">
          <span>{t('popup_all_off', lang)}</span>
          <button onClick={() => void updateSettings((s) => ({ ...s, enabled: true }))}>
            {t('popup_turn_on', lang)}
          </button>
        </section>
      )}

      {site.kind === 'not-web' && <section class="muted">{t('popup_not_web', lang)}</section>}

      {site.kind !== 'not-web' && (
        <section class="site">
          <div class="host" title={site.host}>
            <strong>{site.host}</strong>
            {site.kind === 'builtin' && <span class="tag">{t('popup_builtin', lang)}</span>}
            {(site.kind === 'added' || site.kind === 'added-no-access') && (
              <span class="tag">{t('popup_added', lang)}</span>
            )}
          </div>

          {(site.kind === 'builtin' || site.kind === 'added') && (
            <Switch
              checked={siteOn}
              disabled={!settings.enabled}
              testId="site-switch"
              onChange={(on) => {
                setSettings(setSiteEnabled(settings, site.host, on));
                void updateSettings((s) => setSiteEnabled(s, site.host, on));
              }}
            >
              {t('popup_site_on', lang)}
            </Switch>
          )}

          {site.kind === 'new' && !justEnabled && (
            <div class="enable">
              <p>{t('popup_not_enabled', lang, site.host)}</p>
              <button class="primary" onClick={() => void enable()} data-testid="enable-site">
                {t('popup_enable_site', lang)}
              </button>
              <p class="muted small">{t('popup_enable_explain', lang)}</p>
            </div>
          )}

          {site.kind === 'added-no-access' && !justEnabled && (
            <div class="enable">
              <p>{t('popup_no_access', lang, site.host)}</p>
              <button class="primary" onClick={() => void enable()} data-testid="enable-site">
                {t('popup_grant_access', lang)}
              </button>
            </div>
          )}

          {justEnabled && (
            <div class="note row" data-testid="enabled-note">
              <span>{t('popup_enabled_reload', lang)}</span>
              <button class="primary" onClick={() => void reload()} data-testid="reload">
                {t('popup_reload', lang)}
              </button>
            </div>
          )}

          {error && (
            <p class="note error" role="alert">
              {error}
            </p>
          )}
        </section>
      )}

      {active && !justEnabled && <Hints status={status} lang={lang} />}
      {(site.kind === 'builtin' || site.kind === 'added') && settings.enabled && !siteOn && (
        <section class="muted">{t('popup_site_off', lang)}</section>
      )}
    </main>
  );
}

function Hints({ status, lang }: { status: StatusResponse | null | undefined; lang: Lang }) {
  if (status === undefined) return <section class="hints" aria-busy="true" />;
  if (status === null || !status.focusedAt) {
    return (
      <section class="hints" data-testid="hints">
        <p class="muted">{t('popup_no_box', lang)}</p>
      </section>
    );
  }
  return (
    <section class="hints" data-testid="hints">
      <div class={`count ${status.hints ? '' : 'zero'}`} data-testid="hint-count">
        {status.hints}
      </div>
      <div>
        <div>{t('popup_hints_label', lang)}</div>
        <div class="muted small">
          {status.hints === 0 ? t('popup_all_good', lang) : null}
          {status.hints === 0 && status.lang ? ' · ' : null}
          {status.lang ? t('popup_detected_lang', lang, LANG_NATIVE_NAMES[status.lang]) : null}
        </div>
      </div>
    </section>
  );
}
