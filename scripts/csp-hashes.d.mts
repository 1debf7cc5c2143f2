// Types for scripts/csp-hashes.mjs (plain JavaScript because Next loads the build adapter with Node's import()).
export function inlineScriptHashes(html: string): string[];
