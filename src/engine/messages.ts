/** Hint texts in the user's language, read from the extension's own _locales files (one source of strings). */
import type { Lang } from './types';
import en from '../../public/_locales/en/messages.json';
import de from '../../public/_locales/de/messages.json';
import fi from '../../public/_locales/fi/messages.json';
import bs from '../../public/_locales/bs/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const LOCALES: Record<Lang, Messages> = { en, de, fi, bs } as Record<Lang, Messages>;

/** chrome.i18n semantics: $NAME$ placeholders map to $1…$9 substitutions; missing keys fall back to English. */
export function message(lang: Lang, key: string, substitutions: string[] = []): string {
  const entry = LOCALES[lang][key] ?? LOCALES.en[key];
  if (!entry) return key;
  let text = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? ph.content : whole;
  });
  text = text.replace(/\$(\d)/g, (_w, n: string) => substitutions[Number(n) - 1] ?? '');
  return text.replace(/\$\$/g, '$');
}
