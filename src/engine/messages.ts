/**
 * The product's one message formatter and catalogs: public/_locales/<lang>/messages.json, filled the way
 * browser.i18n fills them. The engine writes hint texts with it; src/shared/i18n.ts serves the UI from it.
 */
import type { Lang } from './types';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import de from '../../public/_locales/de/messages.json' with { type: 'json' };
import fi from '../../public/_locales/fi/messages.json' with { type: 'json' };
import bs from '../../public/_locales/bs/messages.json' with { type: 'json' };

export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleFile = Record<string, LocaleEntry>;
export type MessageKey = keyof typeof en & string;

export const CATALOGS: Record<Lang, LocaleFile> = { en, de, fi, bs } as unknown as Record<Lang, LocaleFile>;

/** Fill a message the way browser.i18n does: $name$ → the placeholder's content, then $1…$9, then $$ → $. */
export function format(entry: LocaleEntry, substitutions: string[]): string {
  const ph = entry.placeholders ?? {};
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(ph)) lower[k.toLowerCase()] = v.content;
  // Placeholders first (their content may hold $1…$9), then one pass over $1…$9 and $$, as browser.i18n does.
  const withPlaceholders = entry.message.replace(
    /\$([a-zA-Z0-9_@]+)\$/g,
    (m, name: string) => lower[name.toLowerCase()] ?? m,
  );
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_m, d: string) =>
    d === '$' ? '$' : (substitutions[Number(d) - 1] ?? ''),
  );
}

/** The message in `lang`, falling back to English, then to the key itself. */
export function message(lang: Lang, key: string, substitutions: string[] = []): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
  return entry ? format(entry, substitutions) : key;
}
