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

const MEMO_SIZE = 200;
const caches = new WeakMap<object, Map<string, Recent<string, unknown>>>();

/** compute() for (owner, kind, text), remembered: `owner` is the compiled pack (or a regex) the answer depends on. */
export function memo<T>(owner: object, kind: string, text: string, compute: () => T): T {
  let kinds = caches.get(owner);
  if (!kinds) {
    kinds = new Map();
    caches.set(owner, kinds);
  }
  let m = kinds.get(kind) as Recent<string, T> | undefined;
  if (!m) {
    m = new Recent<string, T>(MEMO_SIZE);
    kinds.set(kind, m as Recent<string, unknown>);
  }
  const hit = m.get(text);
  if (hit !== undefined || m.has(text)) return hit as T;
  const v = compute();
  m.set(text, v);
  return v;
}
