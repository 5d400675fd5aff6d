/** Settings files: export to JSON, and import with every refusal a wrong file deserves (changing nothing). */
import { isObj, SETTINGS_VERSION, SettingsError, type Settings } from './schema';
import type { Issues } from './validation';
import { migrate } from './migrations';

export const EXPORT_FORMAT = 'reply-coach-settings';

export interface SettingsExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Omit<Settings, 'version'>;
}

export function exportSettings(s: Settings, now = new Date()): string {
  const { version: _v, ...rest } = s;
  const file: SettingsExport = {
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings: rest,
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** 1 MB is far more than any settings file; anything bigger is not one. */
const MAX_IMPORT_CHARS = 1_000_000;

/**
 * Parse an exported settings file. Throws a SettingsError (and changes nothing) when the text is not JSON, is not
 * a Reply Coach settings file, or was written by a newer version. Fields of a valid file that fail validation keep
 * their current value and are listed in `issues`.
 */
export function parseImport(text: string, current: Settings): { settings: Settings; issues: Issues } {
  if (text.length > MAX_IMPORT_CHARS)
    throw new SettingsError('settings_error_foreign', 'This file is not a Reply Coach settings file.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new SettingsError('settings_error_malformed', 'This file is not valid JSON.');
  }
  if (!isObj(data) || data.format !== EXPORT_FORMAT || !isObj(data.settings)) {
    throw new SettingsError('settings_error_foreign', 'This file is not a Reply Coach settings file.');
  }
  const v = data.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new SettingsError('settings_error_foreign', 'This file is not a Reply Coach settings file.');
  }
  if (v > SETTINGS_VERSION) {
    throw new SettingsError('settings_error_newer', 'This file was written by a newer version of Reply Coach.');
  }
  const { settings, issues } = migrate({ ...data.settings, version: v }, current);
  return { settings, issues };
}
