// Stub while the engine is written; replaced by the real analyze().
import type { AnalyzeOptions, AnalyzeResult } from './types';
export * from './types';
export function analyze(_text: string, _options: AnalyzeOptions = {}): AnalyzeResult {
  return { lang: null, hints: [] };
}
