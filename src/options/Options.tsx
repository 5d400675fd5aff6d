/**
 * Options page: rules, languages, hint language, seller profile, own phrases, sites, backup and reset.
 * Every change is written at once (text fields after a short pause) and reaches open tabs through storage.onChanged.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { LANGS, RULE_IDS, type Lang } from '../engine/types';
import { LANG_NATIVE_NAMES, browserLang, t } from '../shared/i18n';
import {
  LIMITS,
  PHRASE_KINDS,
  SettingsError,
  exportSettings,
  loadSettings,
  parseImport,
  resetSettings,
  saveSettings,
  setSiteEnabled,
  updateSettings,
  type PhraseKind,
  type Settings,
} from '../shared/settings';
import { builtInHosts, hostMatches } from '../shared/sites';
import type { RemoveSiteMessage, AddSiteMessage, SiteResult } from '../shared/messages';
import { Switch, usePermissionCheck, useSettings, useUiLang } from '../shared/ui';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function Options() {
  const [settings, setSettings] = useSettings();
  const lang = useUiLang(settings);
  const [notice, setNotice] = useState<Notice>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    document.title = t('options_title', lang);
  }, [lang]);

  const show = (n: Notice, ms = 2500) => {
    setNotice(n);
    clearTimeout(timer.current);
    if (n && ms) timer.current = setTimeout(() => setNotice(null), ms);
  };

  // Optimistic: the page shows the change at once, storage follows (and its onChanged brings the stored truth).
  const update = (change: (s: Settings) => Settings | void) => {
    if (settings) {
      const draft = structuredClone(settings);
      setSettings(change(draft) ?? draft);
    }
    return updateSettings(change).then(
      () => show({ kind: 'ok', text: t('options_saved', lang) }, 1500),
      (e: unknown) => {
        show({ kind: 'error', text: errorText(e, lang) }, 0);
        void loadSettings().then(setSettings);
      },
    );
  };

  if (!settings) return <main class="options" aria-busy="true" />;

  return (
    <main class="options" data-testid="options">
      <header class="page-head">
        <img src="/icons/icon-48.png" alt="" width="36" height="36" />
        <div>
          <h1>{t('options_title', lang)}</h1>
          <p class="muted">{t('options_privacy', lang)}</p>
        </div>
      </header>

      <Card title={t('options_section_checks', lang)}>
        {RULE_IDS.map((id) => {
          const k = id.replace(/-/g, '_');
          return (
            <div class="rule" key={id}>
              <Switch
                checked={settings.rules[id]}
                testId={`rule-${id}`}
                onChange={(on) => void update((s) => void (s.rules[id] = on))}
              >
                <span>
                  <strong>{t(`options_rule_${k}_name`, lang)}</strong>
                  <span class="muted small block">{t(`options_rule_${k}_desc`, lang)}</span>
                </span>
              </Switch>
              {id === 'unanswered-question' && (
                <Switch
                  checked={settings.unansweredOnClassifieds}
                  testId="rule-unanswered-question-classifieds"
                  onChange={(on) => void update((s) => void (s.unansweredOnClassifieds = on))}
                >
                  <span class="muted small block">{t('options_unanswered_classifieds', lang)}</span>
                </Switch>
              )}
            </div>
          );
        })}
      </Card>

      <Card title={t('options_section_languages', lang)}>
        <fieldset>
          <legend>{t('options_languages_label', lang)}</legend>
          <div class="chips">
            {LANGS.map((l) => {
              const on = settings.languages.includes(l);
              const last = on && settings.languages.length === 1;
              return (
                <label class="chip" key={l}>
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={last}
                    data-testid={`lang-${l}`}
                    onChange={(e) => {
                      const checked = (e.currentTarget as HTMLInputElement).checked;
                      void update((s) => {
                        s.languages = LANGS.filter((x) => (x === l ? checked : s.languages.includes(x)));
                      });
                    }}
                  />
                  {t(`options_lang_${l}`, lang)}
                </label>
              );
            })}
          </div>
          <p class="muted small">{t('options_languages_help', lang)}</p>
        </fieldset>
        <label class="field">
          <span>{t('options_ui_lang_label', lang)}</span>
          <select
            value={settings.uiLang}
            data-testid="ui-lang"
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as Lang | 'auto';
              void update((s) => void (s.uiLang = v));
            }}
          >
            <option value="auto">{t('options_ui_lang_auto', lang, LANG_NATIVE_NAMES[browserLang()])}</option>
            {LANGS.map((l) => (
              <option value={l} key={l}>
                {LANG_NATIVE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </Card>

      <Card title={t('options_section_profile', lang)}>
        <div class="grid2">
          <TextField
            label={t('options_name_label', lang)}
            help={t('options_name_help', lang)}
            value={settings.profile.name}
            max={LIMITS.name}
            testId="profile-name"
            onCommit={(v) => update((s) => void (s.profile.name = v))}
          />
          <TextField
            label={t('options_signoff_label', lang)}
            placeholder={t('options_signoff_placeholder', lang)}
            value={settings.profile.signOff}
            max={LIMITS.signOff}
            testId="profile-signoff"
            onCommit={(v) => update((s) => void (s.profile.signOff = v))}
          />
        </div>
        <fieldset>
          <legend>{t('options_formal_label', lang)}</legend>
          <div class="chips">
            {LANGS.map((l) => (
              <label class="chip" key={l}>
                <input
                  type="checkbox"
                  checked={settings.profile.formal[l]}
                  data-testid={`formal-${l}`}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    void update((s) => void (s.profile.formal[l] = on));
                  }}
                />
                {t(`options_lang_${l}`, lang)}
              </label>
            ))}
          </div>
          <p class="muted small">{t('options_formal_help', lang)}</p>
        </fieldset>
      </Card>

      <Phrases settings={settings} lang={lang} update={update} />

      <Sites settings={settings} lang={lang} update={update} show={show} />

      <Backup settings={settings} lang={lang} show={show} />

      <div
        class={`toast ${notice ? 'on' : ''} ${notice?.kind ?? ''}`}
        role="status"
        aria-live="polite"
        data-testid="notice"
      >
        {notice?.text}
      </div>
    </main>
  );
}

function errorText(e: unknown, lang: Lang): string {
  if (e instanceof SettingsError) return t(e.key, lang);
  return t('options_error_generic', lang);
}

function Card(props: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section class="card" id={props.id}>
      <h2>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** A text input that keeps what the user types and writes it after a pause or on leaving the field. */
function TextField(props: {
  label: string;
  value: string;
  onCommit: (v: string) => Promise<unknown>;
  help?: string;
  placeholder?: string;
  max: number;
  testId: string;
}) {
  const [draft, setDraft] = useState(props.value);
  const focused = useRef(false);
  const pending = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    if (!focused.current) setDraft(props.value);
  }, [props.value]);
  const commit = (v: string) => {
    clearTimeout(pending.current);
    if (v.trim() !== props.value) void props.onCommit(v);
  };
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type="text"
        value={draft}
        maxLength={props.max}
        placeholder={props.placeholder}
        data-testid={props.testId}
        onFocus={() => (focused.current = true)}
        onBlur={(e) => {
          focused.current = false;
          commit((e.currentTarget as HTMLInputElement).value);
        }}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value;
          setDraft(v);
          clearTimeout(pending.current);
          pending.current = setTimeout(() => commit(v), 600);
        }}
      />
      {props.help && <span class="muted small">{props.help}</span>}
    </label>
  );
}

function PhraseList(props: {
  label: string;
  value: string[];
  onCommit: (v: string[]) => Promise<unknown>;
  testId: string;
}) {
  const joined = props.value.join('\n');
  const [draft, setDraft] = useState(joined);
  const focused = useRef(false);
  const pending = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    if (!focused.current) setDraft(joined);
  }, [joined]);
  const commit = (v: string) => {
    clearTimeout(pending.current);
    const list = v
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean);
    if (list.join('\n') !== joined) void props.onCommit(list);
  };
  return (
    <label class="field">
      <span>{props.label}</span>
      <textarea
        value={draft}
        rows={4}
        data-testid={props.testId}
        onFocus={() => (focused.current = true)}
        onBlur={(e) => {
          focused.current = false;
          commit((e.currentTarget as HTMLTextAreaElement).value);
        }}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLTextAreaElement).value;
          setDraft(v);
          clearTimeout(pending.current);
          pending.current = setTimeout(() => commit(v), 800);
        }}
      />
    </label>
  );
}

function Phrases({
  settings,
  lang,
  update,
}: {
  settings: Settings;
  lang: Lang;
  update: (c: (s: Settings) => Settings | void) => Promise<void>;
}) {
  const [which, setWhich] = useState<Lang>(settings.languages[0] ?? 'en');
  const set = (kind: PhraseKind, list: string[]) =>
    update((s) => {
      const c = { ...s.custom[which] };
      if (list.length) c[kind] = list;
      else delete c[kind];
      s.custom[which] = c;
    });
  return (
    <Card title={t('options_section_phrases', lang)}>
      <div class="tabs" role="tablist" aria-label={t('options_phrases_lang', lang)}>
        {LANGS.map((l) => (
          <button
            key={l}
            role="tab"
            aria-selected={which === l}
            class={which === l ? 'tab on' : 'tab'}
            data-testid={`phrases-tab-${l}`}
            onClick={() => setWhich(l)}
          >
            {t(`options_lang_${l}`, lang)}
          </button>
        ))}
      </div>
      <p class="muted small">{t('options_phrases_help', lang, String(LIMITS.phrasesPerKind))}</p>
      <div class="grid2" key={which}>
        {PHRASE_KINDS.map((kind) => (
          <PhraseList
            key={kind}
            label={t(`options_phrases_${kind}`, lang)}
            value={settings.custom[which][kind] ?? []}
            testId={`phrases-${which}-${kind}`}
            onCommit={(list) => set(kind, list)}
          />
        ))}
      </div>
    </Card>
  );
}

function Sites({
  settings,
  lang,
  update,
  show,
}: {
  settings: Settings;
  lang: Lang;
  update: (c: (s: Settings) => Settings | void) => Promise<void>;
  show: (n: Notice, ms?: number) => void;
}) {
  const [access, setAccess] = useState<Record<string, boolean>>({});
  const added = settings.sites.added;
  usePermissionCheck(
    () =>
      void Promise.all(
        added.map(async (o) => [o, await browser.permissions.contains({ origins: [o] }).catch(() => false)] as const),
      ).then((pairs) => setAccess(Object.fromEntries(pairs))),
    added.join(' '),
  );

  const hostOf = (o: string) => /^https?:\/\/([^/]+)/.exec(o)?.[1] ?? o;
  const builtIns = builtInHosts();
  const addedHosts = added.map(hostOf);
  const others = settings.sites.disabled.filter((d) => !builtIns.includes(d) && !addedHosts.includes(d));
  const on = (host: string) =>
    !settings.sites.disabled.some((d) => d === host || (!host.startsWith('*.') && hostMatches(host, d)));
  const label = (host: string) => (host.startsWith('*.') ? t('options_site_subdomains', lang, host.slice(2)) : host);
  const toggle = (host: string, value: boolean) => void update((s) => setSiteEnabled(s, host, value));

  const remove = async (origin: string) => {
    const msg: RemoveSiteMessage = { type: 'rc:removeSite', origin };
    const res = (await browser.runtime.sendMessage(msg).catch(() => null)) as SiteResult | null;
    show(
      res?.ok
        ? { kind: 'ok', text: t('options_saved', lang) }
        : { kind: 'error', text: t('options_error_generic', lang) },
      res?.ok ? 1500 : 0,
    );
  };
  const grant = async (origin: string) => {
    const ok = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (!ok) return show({ kind: 'error', text: t('popup_error_denied', lang) }, 4000);
    const msg: AddSiteMessage = { type: 'rc:addSite', origin };
    await browser.runtime.sendMessage(msg).catch(() => null);
    show({ kind: 'ok', text: t('options_saved', lang) }, 1500);
  };

  return (
    <Card title={t('options_section_sites', lang)}>
      <Switch
        checked={settings.enabled}
        testId="enabled-all"
        onChange={(v) => void update((s) => void (s.enabled = v))}
      >
        <strong>{t('options_enabled_all', lang)}</strong>
      </Switch>

      <h3>{t('options_sites_added', lang)}</h3>
      {added.length === 0 && <p class="muted small">{t('options_sites_added_none', lang)}</p>}
      <ul class="sites" data-testid="sites-added">
        {added.map((o) => {
          const host = hostOf(o);
          const hasAccess = access[o] !== false;
          return (
            <li key={o} data-origin={o}>
              <Switch
                checked={on(host)}
                disabled={!settings.enabled}
                label={t('options_site_toggle', lang, host)}
                onChange={(v) => toggle(host, v)}
              >
                <span class="site-name">{host}</span>
              </Switch>
              {!hasAccess && <span class="tag warn">{t('options_site_no_access', lang)}</span>}
              <span class="spacer" />
              {!hasAccess && (
                <button onClick={() => void grant(o)} data-testid="site-grant">
                  {t('options_site_grant', lang)}
                </button>
              )}
              <button class="danger" onClick={() => void remove(o)} data-testid="site-remove">
                {t('options_site_remove', lang)}
              </button>
            </li>
          );
        })}
      </ul>

      {others.length > 0 && (
        <>
          <h3>{t('options_sites_other_off', lang)}</h3>
          <ul class="sites">
            {others.map((h) => (
              <li key={h}>
                <Switch
                  checked={false}
                  disabled={!settings.enabled}
                  label={t('options_site_toggle', lang, h)}
                  onChange={(v) => toggle(h, v)}
                >
                  <span class="site-name">{h}</span>
                </Switch>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('options_sites_builtin', lang)}</h3>
      <ul class="sites builtin" data-testid="sites-builtin">
        {builtIns.map((h) => (
          <li key={h}>
            <Switch
              checked={on(h)}
              disabled={!settings.enabled}
              label={t('options_site_toggle', lang, label(h))}
              onChange={(v) => toggle(h, v)}
            >
              <span class="site-name">{label(h)}</span>
            </Switch>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function Backup({ settings, lang, show }: { settings: Settings; lang: Lang; show: (n: Notice, ms?: number) => void }) {
  const fileInput = useRef<HTMLInputElement>(null);

  const doExport = () => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `reply-coach-settings-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  const doImport = async (file: File) => {
    try {
      const text = await file.text();
      const { settings: next, issues } = parseImport(text, settings);
      await saveSettings(next);
      if (issues.length)
        show({ kind: 'ok', text: t('options_import_partial', lang, issues.slice(0, 6).join(', ')) }, 0);
      else show({ kind: 'ok', text: t('options_import_done', lang) }, 3000);
    } catch (e) {
      show({ kind: 'error', text: errorText(e, lang) }, 0);
    }
  };

  const doReset = async () => {
    if (!window.confirm(t('options_reset_confirm', lang))) return;
    try {
      await resetSettings();
      show({ kind: 'ok', text: t('options_reset_done', lang) }, 3000);
    } catch (e) {
      show({ kind: 'error', text: errorText(e, lang) }, 0);
    }
  };

  return (
    <Card title={t('options_section_backup', lang)}>
      <div class="buttons">
        <button onClick={doExport} data-testid="export">
          {t('options_export', lang)}
        </button>
        <button onClick={() => fileInput.current?.click()} data-testid="import">
          {t('options_import', lang)}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const f = input.files?.[0];
            input.value = '';
            if (f) void doImport(f);
          }}
        />
        <span class="spacer" />
        <button class="danger" onClick={() => void doReset()} data-testid="reset">
          {t('options_reset', lang)}
        </button>
      </div>
      <p class="muted small">{t('options_backup_help', lang)}</p>
    </Card>
  );
}
