// Types for scripts/defer-hydration.mjs (plain JavaScript because Next loads the build adapter with Node's import()).
export function deferHydration(html: string): { html: string; deferred: number };
