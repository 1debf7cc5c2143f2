/** Zero-width and soft-hyphen characters: they change nothing a reader sees. */
const ZERO_WIDTH = /[\u00ad\u034f\u180e\u200b-\u200d\u2060-\u2064\ufeff]/gu;

/**
 * The form of a display name used to tell whether two students would look the same on the roster: accents,
 * case, punctuation, invisible characters and runs of whitespace do not count ("Ána  B." = "ana b").
 * Deterministic and locale-free, so SQLite and PostgreSQL store the same key.
 */
export function nameKey(displayName: string): string {
  const key = displayName
    .normalize('NFKD')
    .replace(ZERO_WIDTH, '')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A name of only punctuation still needs a key of its own.
  return key === '' ? displayName.trim() : key;
}

/** Groups of students whose names look alike (same key), by student id, so the roster can tell them apart. */
export function findLookAlikes<T extends { id: string; displayName: string }>(students: readonly T[]): Map<string, number> {
  const byKey = new Map<string, T[]>();
  for (const s of students) {
    const key = nameKey(s.displayName);
    byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  const out = new Map<string, number>();
  for (const group of byKey.values()) if (group.length > 1) group.forEach((s, i) => out.set(s.id, i + 1));
  return out;
}
