/**
 * Per-text memo for pure functions of (compiled pack, text): while a seller types, only the sentence being typed is
 * new, so the checks of every other sentence are answered from here. Bounded: a map is cleared past MAX entries.
 */
const MAX = 5000;
const caches = new WeakMap<object, Map<string, Map<string, unknown>>>();

export function memo<T>(owner: object, kind: string, text: string, compute: () => T): T {
  let kinds = caches.get(owner);
  if (!kinds) {
    kinds = new Map();
    caches.set(owner, kinds);
  }
  let m = kinds.get(kind) as Map<string, T> | undefined;
  if (!m) {
    m = new Map();
    kinds.set(kind, m as Map<string, unknown>);
  }
  const hit = m.get(text);
  if (hit !== undefined || m.has(text)) return hit as T;
  const v = compute();
  if (m.size >= MAX) m.clear();
  m.set(text, v);
  return v;
}
