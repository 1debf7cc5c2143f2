// Several app servers on one PostgreSQL: 1,000 students' answers spread round-robin over the servers given,
// throughput for each count of servers; then, with all of them, one server is killed (SIGKILL) a second into the
// load: the others must keep serving and every acknowledged answer must be stored exactly once.
// Usage: tsx bench/multi-server.ts <pid-to-kill> <base-url> <base-url> ...; DATABASE_URL as the servers.
import autocannon from 'autocannon';
import { createDb, dbConfigFromEnv } from '../lib/db/client';
import { checkStored, setUp } from './load';

const [pidArg, ...bases] = process.argv.slice(2);
const STUDENTS = 1000;

type Pending = Awaited<ReturnType<typeof setUp>>['pending'][number];

/** One autocannon per server, each with its share of the students, all at once. */
async function spread(servers: string[], pending: Pending[], onStart?: () => void) {
  const shares = servers.map((_, i) => pending.filter((p, k) => k % servers.length === i));
  const acknowledged = new Set<string>();
  const perServer = servers.map((url, i) => {
    let next = 0;
    const share = shares[i]!;
    return autocannon({
      url,
      connections: Math.round(STUDENTS / servers.length),
      amount: share.length,
      timeout: 10,
      requests: [
        {
          method: 'POST',
          setupRequest: (request: autocannon.Request, context: object) => {
            const item = share[next++ % share.length]!;
            (context as { item?: Pending }).item = item;
            return { ...request, path: `/api/attempts/${item.attemptId}/answers`, headers: { 'content-type': 'application/json', cookie: item.cookie }, body: item.body };
          },
          onResponse: (status: number, _body: string, context: object) => {
            const item = (context as { item: Pending }).item;
            if (status === 200 || status === 201) acknowledged.add(`${item.attemptId}|${item.questionId}`);
          },
        },
      ],
    });
  });
  onStart?.();
  const results = await Promise.all(perServer);
  return {
    requestsPerSecond: results.reduce((n, r) => n + Math.round(r.requests.average), 0),
    perServer: results.map((r) => ({ requestsPerSecond: Math.round(r.requests.average), p99Ms: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, completed: r.requests.total })),
    acknowledged,
  };
}

async function main() {
  const config = dbConfigFromEnv();
  if (config.engine !== 'postgres') throw new Error('multi-server bench needs DATABASE_URL');
  const db = createDb(config);
  const counts = [];
  for (let n = 1; n <= bases.length; n++) {
    const { pending } = await setUp(db, 'postgres', STUDENTS, `multi-${n}-${Date.now()}`);
    const run = await spread(bases.slice(0, n), pending);
    const check = await checkStored(db, pending, run.acknowledged);
    counts.push({ servers: n, requestsPerSecond: run.requestsPerSecond, perServer: run.perServer, ...check, acknowledged: run.acknowledged.size });
  }
  const { pending } = await setUp(db, 'postgres', STUDENTS, `kill-${Date.now()}`);
  const victim = Number(pidArg);
  const run = await spread(bases, pending, () => setTimeout(() => process.kill(victim, 'SIGKILL'), 1000));
  const check = await checkStored(db, pending, run.acknowledged);
  await db.destroy();
  const survivors = run.perServer.slice(0, -1);
  const kill = {
    servers: bases.length,
    killed: 'the last one, 1 s into the load',
    survivorsKeptServing: survivors.every((s) => s.errors === 0 && s.non2xx === 0 && s.completed > 0),
    perServer: run.perServer,
    acknowledged: run.acknowledged.size,
    ...check,
  };
  console.log(JSON.stringify({ counts, kill }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
