/**
 * The service as its own process (dist/main.js), for tests that kill it: it binds a port of its own choosing
 * (PORT=0) and the test reads the address from its first line — no "find a free port, then bind it" race.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface ServiceProcess {
  readonly child: ChildProcess;
  readonly url: string;
}

/** Starts dist/main.js with `env` on a port it picks; resolves when it says where it listens. */
export async function startServiceProcess(env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('../../dist/main.js', import.meta.url))], { env: { ...process.env, ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /famcal-server: (http:\/\/[\d.]+:\d+) /.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the service stopped (${code}): ${out}`)));
  });
  return { child, url };
}

/**
 * A port nothing listens on now, for a server that must be down first and come up later at the same address
 * (an SMTP server the service keeps retrying). The only place a port is chosen before it is bound.
 */
export function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
