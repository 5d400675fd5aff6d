/**
 * The message protocol (src/shared/messages.ts) and the background's dispatch table (src/background/handlers.ts):
 * each type reaches its handler with its payload, malformed or foreign messages reach none, and content scripts may
 * ask the background for nothing but the tagger.
 */
import { describe, expect, it } from 'vitest';
import { backgroundHandlers, answer, type BackgroundPorts } from '../../src/background/handlers';
import { MAX_QUESTION_CHARS } from '../../src/engine/questions';
import {
  dispatch,
  isRcMessage,
  MAX_QUESTIONS,
  type Handlers,
  type MessageType,
  type Sender,
} from '../../src/shared/messages';

const OWN = 'own-extension-id';
const fromPage: Sender = { id: OWN, tab: { url: 'https://www.etsy.com/messages/1' } as Sender['tab'] };
const fromOptions: Sender = { id: OWN, url: `chrome-extension://${OWN}/src/options/index.html` };

function fakePorts() {
  const calls: string[] = [];
  const ports: BackgroundPorts = {
    addSite: async (o) => (calls.push(`add ${o}`), { ok: true }),
    removeSite: async (o) => (calls.push(`remove ${o}`), { ok: true }),
    syncSites: async () => void calls.push('sync'),
    isQuestion: (s) => (calls.push(`tag ${s}`), s.startsWith('is')),
    log: () => calls.push('log'),
  };
  return { ports, calls };
}

describe('message validation', () => {
  const cases: [string, unknown, boolean][] = [
    ['status', { type: 'rc:getStatus' }, true],
    ['open panel', { type: 'rc:openPanel' }, true],
    ['add site', { type: 'rc:addSite', origin: 'https://shop.example/*' }, true],
    ['add site without origin', { type: 'rc:addSite' }, false],
    ['remove site with a number', { type: 'rc:removeSite', origin: 7 }, false],
    ['sync', { type: 'rc:syncSites' }, true],
    ['questions', { type: 'rc:questions', sentences: ['is it blue'] }, true],
    ['questions, not strings', { type: 'rc:questions', sentences: [1] }, false],
    ['questions, too many', { type: 'rc:questions', sentences: Array(MAX_QUESTIONS + 1).fill('is it') }, false],
    ['unknown type', { type: 'rc:deleteEverything' }, false],
    ['inherited name as type', { type: 'toString' }, false],
    ['no object', 'rc:getStatus', false],
    ['null', null, false],
  ];
  for (const [name, m, ok] of cases)
    it(`${name}: ${ok ? 'accepted' : 'refused'}`, () => expect(isRcMessage(m)).toBe(ok));

  it('checks the type asked for', () => {
    expect(isRcMessage({ type: 'rc:syncSites' }, 'rc:syncSites')).toBe(true);
    expect(isRcMessage({ type: 'rc:syncSites' }, 'rc:getStatus')).toBe(false);
  });
});

describe('dispatch', () => {
  it('runs only the handler of the message type, with the message', () => {
    const seen: string[] = [];
    const handlers: Handlers<'rc:getStatus' | 'rc:openPanel'> = {
      'rc:getStatus': () => (seen.push('status'), { hints: 2, lang: 'en', enabled: true, focusedAt: 1 }),
      'rc:openPanel': (m) => void seen.push(`open ${m.type}`),
    };
    expect(dispatch(handlers, { type: 'rc:getStatus' }, fromOptions)).toEqual({
      hints: 2,
      lang: 'en',
      enabled: true,
      focusedAt: 1,
    });
    expect(dispatch(handlers, { type: 'rc:openPanel' }, fromOptions)).toBeUndefined();
    // Another side's message and junk reach no handler.
    expect(dispatch(handlers, { type: 'rc:syncSites' }, fromOptions)).toBeUndefined();
    expect(dispatch(handlers, { type: 'rc:getStatu' }, fromOptions)).toBeUndefined();
    expect(seen).toEqual(['status', 'open rc:openPanel']);
  });
});

describe('the background’s dispatch table', () => {
  it('has a handler for exactly the background’s types', () => {
    const types: MessageType[] = ['rc:addSite', 'rc:questions', 'rc:removeSite', 'rc:syncSites'];
    expect(Object.keys(backgroundHandlers(fakePorts().ports)).sort()).toEqual(types);
  });

  const table: [string, unknown, Sender, unknown, string[]][] = [
    [
      'options page adds a site',
      { type: 'rc:addSite', origin: 'https://a.example/*' },
      fromOptions,
      { ok: true },
      ['add https://a.example/*'],
    ],
    [
      'options page removes a site',
      { type: 'rc:removeSite', origin: 'https://a.example/*' },
      fromOptions,
      { ok: true },
      ['remove https://a.example/*'],
    ],
    ['popup syncs', { type: 'rc:syncSites' }, fromOptions, { ok: true }, ['sync']],
    [
      'page asks the tagger',
      { type: 'rc:questions', sentences: ['is it blue', 'thanks'] },
      fromPage,
      [true, false],
      ['tag is it blue', 'tag thanks'],
    ],
    [
      'a too long sentence is no question, untagged',
      { type: 'rc:questions', sentences: ['is ' + 'x'.repeat(MAX_QUESTION_CHARS)] },
      fromPage,
      [false],
      [],
    ],
  ];
  for (const [name, message, sender, reply, calls] of table) {
    it(`${name}`, async () => {
      const f = fakePorts();
      expect(await answer(backgroundHandlers(f.ports), message, sender, OWN)).toEqual(reply);
      expect(f.calls).toEqual(calls);
    });
  }

  const unanswered: [string, unknown, Sender][] = [
    ['a web page may not add sites', { type: 'rc:addSite', origin: 'https://evil.example/*' }, fromPage],
    ['a web page may not sync', { type: 'rc:syncSites' }, fromPage],
    ['another extension gets nothing', { type: 'rc:questions', sentences: ['is it'] }, { id: 'other' }],
    ['the content script’s own types', { type: 'rc:getStatus' }, fromOptions],
    ['the shortcut’s message', { type: 'rc:openPanel' }, fromOptions],
    ['malformed', { type: 'rc:addSite', origin: null }, fromOptions],
    ['junk', 'hello', fromOptions],
  ];
  for (const [name, message, sender] of unanswered) {
    it(`no answer: ${name}`, () => {
      const f = fakePorts();
      expect(answer(backgroundHandlers(f.ports), message, sender, OWN)).toBeUndefined();
      expect(f.calls).toEqual([]);
    });
  }

  it('a failing site change answers with an error key and logs it', async () => {
    const f = fakePorts();
    f.ports.addSite = () => Promise.reject(new Error('storage full'));
    expect(
      await answer(
        backgroundHandlers(f.ports),
        { type: 'rc:addSite', origin: 'https://a.example/*' },
        fromOptions,
        OWN,
      ),
    ).toEqual({
      ok: false,
      error: 'options_error_generic',
    });
    expect(f.calls).toEqual(['log']);
  });
});
