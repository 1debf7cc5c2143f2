/**
 * A stand-in for the request scope that `next/headers` gives pages and server actions, for vitest.
 * Use in a test file:
 *   const ctx = vi.hoisted(() => ({ cookie: '', ip: '203.0.113.7', set: new Map<string, string>() }));
 *   vi.mock('next/headers', () => nextHeadersMock(ctx));
 */
export type RequestContext = { cookie: string; ip: string; set: Map<string, string> };

function parseCookies(header: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim()));
  }
  return out;
}

export function nextHeadersMock(ctx: RequestContext) {
  return {
    headers: async () => new Headers({ cookie: ctx.cookie, 'x-forwarded-for': ctx.ip }),
    cookies: async () => {
      const jar = parseCookies(ctx.cookie);
      return {
        get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
        getAll: () => [...jar].map(([name, value]) => ({ name, value })),
        has: (name: string) => jar.has(name),
        set: (name: string | { name: string; value: string }, value?: string) => {
          if (typeof name === 'string') ctx.set.set(name, value ?? '');
          else ctx.set.set(name.name, name.value);
        },
        delete: (name: string) => ctx.set.set(name, ''),
      };
    },
  };
}

/** The digest Next.js puts on the errors `notFound()` and `redirect()` throw. */
export async function outcome(run: () => Promise<unknown>): Promise<'404' | `redirect:${string}` | 'ok'> {
  try {
    await run();
    return 'ok';
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? '');
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return '404';
    if (digest.startsWith('NEXT_REDIRECT')) return `redirect:${digest.split(';')[2]}`;
    throw error;
  }
}

export function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) f.append(k, item);
  return f;
}
