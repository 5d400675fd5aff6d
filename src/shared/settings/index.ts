/**
 * Settings, one job per file:
 *   schema.ts          the Settings type, version, limits, defaults, SettingsError
 *   validation.ts      sanitize(): a table of checks, one per field (a bad field falls back alone)
 *   migrations.ts      migrate(): older versions, a short list of steps
 *   storage.ts         browser.storage.sync (the only file that imports webextension-polyfill)
 *   site-switches.ts   the per-site switch
 *   engine-options.ts  settings → the engine's AnalyzeOptions
 *   import-export.ts   settings files
 * Import from here (`shared/settings`), or from one file where the polyfill must stay out (a Node test, the CLI).
 */
export * from './schema';
export * from './validation';
export * from './migrations';
export * from './storage';
export * from './site-switches';
export * from './engine-options';
export * from './import-export';
