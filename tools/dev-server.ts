/** `astro dev` on a free loopback port, started the way `npm run dev` does, and stopped again. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface DevServer {
  /** Origin plus base, ending in "/", as the dev server printed it. */
  url: string;
  /** Everything the dev server printed so far (its log). */
  output(): string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `astro dev` with `env` added, and resolves once its pages answer. */
export async function startDevServer(env: Record<string, string>, timeoutMs = 120_000): Promise<DevServer> {
  const port = await freePort();
  // Its own process group, so that closing it stops Astro and anything Astro started.
  // Vitest sets VITEST in its workers; an `astro dev` that inherits it never answers a request.
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'));
  const child = spawn('astro', ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const close = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // SIGTERM: Vite closes the dev server (Astro runs astro:server:done) before it exits.
    process.kill(-child.pid!, 'SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!stopped) process.kill(-child.pid!, 'SIGKILL');
    await exited;
  };

  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error('astro dev stopped');
      if (Date.now() > deadline) throw new Error(`astro dev did not answer within ${timeoutMs} ms`);
      // The address Astro printed: it takes the next port when the free one was taken meanwhile.
      const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(log.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
      if (url && (await answers(url))) return { url, output: () => log, close };
      await sleep(250);
    }
  } catch (error) {
    await close();
    throw new Error(`${(error as Error).message}. Its output:\n${log}`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
