/** The whole engine, for Node (CLI, tests, benchmarks): ./core with compromise answering English questions in-process. */
import { setQuestionTagger } from './questions';
import { isQuestion } from './compromise-questions';

export * from './core';

setQuestionTagger(isQuestion);
