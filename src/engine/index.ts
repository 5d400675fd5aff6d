/** The whole engine, for Node (CLI, tests, benchmarks): ./core with compromise answering English questions in-process. */
import { analyze as analyzeWith, type AnalyzeOptions, type AnalyzeResult } from './core';
import { taggerPort } from './questions';
import { isQuestion } from './compromise-questions';

export * from './core';

const COMPROMISE = taggerPort(isQuestion);

/** analyze() of ./core, with compromise as the question tagger unless the options bring their own. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  return analyzeWith(text, { questions: COMPROMISE, ...options });
}
