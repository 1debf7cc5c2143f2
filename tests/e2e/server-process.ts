import { spawn } from 'node:child_process';
import path from 'node:path';

/** The production server on an existing build: what `npm start` and scripts/e2e-server.mjs run. */
const SERVER_ARGS = [path.join('scripts', 'server.mjs')];

export type ServerProcess = {
  /** Everything the server printed so far. */
  output(): string;
  /** SIGKILL to the server and any process it started: a crash, with no chance to finish or flush anything. */
  kill9(): Promise<void>;
};

/**
 * Starts a real server process from the build in `env.NEXT_DIST_DIR` on `port` and resolves once it answers.
 * It runs in its own process group so that `kill9` reaches every process it started.
 */
export async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  // Another server on the port would answer the readiness check in this one's place.
  const inUse = await fetch(`http://localhost:${port}/`).then(
    () => true,
    () => false,
  );
  if (inUse) throw new Error(`port ${port} is already in use`);
  const child = spawn(process.execPath, SERVER_ARGS, { env: { ...env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let alive = true;
  void exited.then(() => (alive = false));
  const server: ServerProcess = {
    output: () => output,
    async kill9() {
      if (alive && child.pid) process.kill(-child.pid, 'SIGKILL');
      await exited;
    },
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (!alive) throw new Error(`the server exited before answering:\n${output}`);
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.kill9();
  throw new Error(`the server did not answer within 90 s:\n${output}`);
}
