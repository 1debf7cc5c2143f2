import { getEnv } from '@/lib/env';

/**
 * The benchmark's yardstick: what this framework answers with no work of ours, measured on the same production
 * server as the answer route. It parses a JSON body and answers 201. Only a server started with BENCH_FLOOR=1
 * serves it; every other server answers 404, as for any unknown path.
 */
export async function POST(request: Request): Promise<Response> {
  if (!getEnv().BENCH_FLOOR) return new Response('Not Found', { status: 404 });
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return Response.json({ ok: false }, { status: 400 });
  }
  return Response.json({ ok: true, fields: json && typeof json === 'object' ? Object.keys(json).length : 0 }, { status: 201, headers: { 'cache-control': 'no-store' } });
}
