import { getDb, getEngine, pingDb } from '@/lib/db/client';

/** For load balancers and uptime checks: 200 when this server can reach its database, 503 when it cannot. */
export async function GET(): Promise<Response> {
  const headers = { 'cache-control': 'no-store' };
  try {
    await pingDb(getDb());
    return Response.json({ ok: true, database: getEngine() }, { headers });
  } catch (error) {
    console.error('Health check: database unreachable:', (error as Error).message);
    return Response.json({ ok: false, database: getEngine() }, { status: 503, headers });
  }
}
