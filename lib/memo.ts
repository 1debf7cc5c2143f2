/** `fn` memoised per input string; the cache is bounded so a long-running process does not grow without end. */
export function memoised<T>(fn: (text: string) => T, limit = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined && !cache.has(text)) {
      out = fn(text);
      if (cache.size > limit) cache.clear();
      cache.set(text, out);
    }
    return out as T;
  };
}
