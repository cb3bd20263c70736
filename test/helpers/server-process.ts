import { spawn, type ChildProcess } from 'node:child_process';

/** Starts a command in its own process group and resolves when /api/health answers. */
export async function startServer(cmd: string, args: string[], env: Record<string, string>, port: number, timeoutMs = 120_000) {
  const started = performance.now();
  const child = spawn(cmd, args, { env: { ...process.env, ...env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/api/health`;
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`);
    try {
      const r = await fetch(url);
      if (r.ok) return { child, readyMs: performance.now() - started, output: () => output };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  stopServer(child);
  throw new Error(`server not ready after ${timeoutMs} ms:\n${output}`);
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}
