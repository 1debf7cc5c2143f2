/** Every string in a returned element tree (props, children), so a name shows up wherever it sits. */
export function textOf(node: unknown, seen = new WeakSet<object>()): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (!node || typeof node !== 'object' || seen.has(node)) return '';
  seen.add(node);
  return Object.values(node)
    .map((value) => textOf(value, seen))
    .join(' ');
}
