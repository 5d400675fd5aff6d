/**
 * Caches for pure functions of text. While a seller types, only the line and sentence being typed are new, so the
 * work for every other line and sentence is answered from here.
 */

/**
 * A map that keeps roughly the `size` most recently used entries in memory: two generations; when the newer one is
 * full it becomes the older one and the previous older one is dropped. An entry read from the older generation
 * moves to the newer one, so the lines of the draft being typed always stay while the typing churn is dropped.
 * Memory stays bounded (at most 2 × size entries) and reaches its plateau after a few drafts.
 */
export class Recent<K, V> {
  private cur = new Map<K, V>();
  private old = new Map<K, V>();
  constructor(private readonly size: number) {}

  has(key: K): boolean {
    return this.cur.has(key) || this.old.has(key);
  }

  get(key: K): V | undefined {
    const v = this.cur.get(key);
    if (v !== undefined || this.cur.has(key)) return v;
    if (!this.old.has(key)) return undefined;
    const w = this.old.get(key) as V;
    this.set(key, w);
    return w;
  }

  set(key: K, value: V): void {
    if (this.cur.size >= this.size) {
      this.old = this.cur;
      this.cur = new Map();
    }
    this.cur.set(key, value);
  }
}

/**
 * Per kind of answer, one cache for all languages: about the sentences of one long draft (a 5,000-character draft
 * has ~80) and the typing churn around them, so memory reaches its plateau within a few dozen drafts. Keyed by the
 * text itself (a string hashes once, a key built from it would hash on every call), each entry holding the answer
 * per owner.
 */
const MEMO_SIZE = 128;
const caches = new Map<string, Recent<string, Map<number, unknown>>>();
const owners = new WeakMap<object, number>();
let nextOwner = 0;

/** compute() for (owner, kind, text), remembered: `owner` is the compiled pack (or a regex) the answer depends on. */
export function memo<T>(owner: object, kind: string, text: string, compute: () => T): T {
  let id = owners.get(owner);
  if (id === undefined) {
    id = nextOwner++;
    owners.set(owner, id);
  }
  let m = caches.get(kind);
  if (!m) {
    m = new Recent<string, Map<number, unknown>>(MEMO_SIZE);
    caches.set(kind, m);
  }
  let answers = m.get(text);
  if (answers?.has(id)) return answers.get(id) as T;
  const v = compute();
  if (!answers) m.set(text, (answers = new Map()));
  answers.set(id, v);
  return v;
}
