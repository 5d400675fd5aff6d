import type { Lang } from '../types';
import type { LangPack } from './pack';
import { en } from './en';
import { de } from './de';
import { fi } from './fi';
import { bs } from './bs';

export const PACKS: Record<Lang, LangPack> = { en, de, fi, bs };
export type { LangPack } from './pack';
