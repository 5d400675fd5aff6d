/** The rules, by id. The file name of each rule is its id (and its option key). */
import type { RuleHint, RuleId } from '../types';
import type { RuleContext } from '../context';
import { greeting } from './greeting';
import { closingQuestion } from './closing-question';
import { apology } from './apology';
import { orderRecap } from './order-recap';
import { unansweredQuestion } from './unanswered-question';

export const RULES: Record<RuleId, (ctx: RuleContext) => RuleHint | null> = {
  greeting,
  'closing-question': closingQuestion,
  apology,
  'order-recap': orderRecap,
  'unanswered-question': unansweredQuestion,
};
