// The question finder (src/engine/memory/customer-questions.ts) against the questions the writers listed for the
// customer's last message, on the seen splits only (the frozen ones stay unread): each listed question found, and
// each question found one the writer listed (a question matches one that shares half of the shorter one's words).
import { describe, expect, it } from 'vitest';
import { compiledPack } from '../../src/engine/compiled';
import { customerQuestions } from '../../src/engine/memory/customer-questions';
import { lastCustomerMessage } from '../../src/engine/memory/thread';
import { toLatin } from '../../src/engine/script';
import { words } from '../../src/engine/words';
import { CORPUS_LANGS } from '../corpus/metrics';
import { loadThreads, READ_THREAD_SPLITS } from './threads';

// Reached on 2026-12-06 (README, Conversation memory): found 0.977–0.988, real 0.976–0.991 of about 1,500 each.
const FLOOR = 0.95;

const wordSet = (text: string) => new Set(words(toLatin(text).text));
const same = (a: Set<string>, b: Set<string>) =>
  a.size > 0 && b.size > 0 && [...a].filter((w) => b.has(w)).length / Math.min(a.size, b.size) >= 0.5;

describe('customer questions of the labelled threads (seen splits)', () => {
  for (const lang of CORPUS_LANGS) {
    it(`${lang}: the finder finds the questions the writers listed, and little else`, () => {
      const pack = compiledPack(lang);
      let listed = 0;
      let found = 0;
      let asked = 0;
      let real = 0;
      for (const s of READ_THREAD_SPLITS)
        for (const r of loadThreads(s, lang)) {
          if (!r.questions) continue;
          // Serbian Cyrillic is read through its Latin copy, as analyze() does.
          const last = lastCustomerMessage({ thread: r.thread.map((m) => ({ ...m, text: toLatin(m.text).text })) });
          if (!last) continue;
          const mine = customerQuestions(pack, last, '').map((q) => wordSet(q.text));
          const theirs = r.questions.map(wordSet);
          listed += theirs.length;
          found += theirs.filter((t) => mine.some((m) => same(m, t))).length;
          asked += mine.length;
          real += mine.filter((m) => theirs.some((t) => same(m, t))).length;
        }
      console.log(`questions ${lang}: found ${found} of ${listed}, real ${real} of ${asked}`);
      expect(listed).toBeGreaterThan(1000);
      expect(found / listed).toBeGreaterThanOrEqual(FLOOR);
      expect(real / asked).toBeGreaterThanOrEqual(FLOOR);
    });
  }
});
