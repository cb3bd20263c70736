import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { startServer, stopServer } from '../helpers/server-process.ts';

export interface RunningPlatform {
  baseUrl: string;
  dataDir: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

let nextPort = 3400 + (process.pid % 200);

/**
 * Starts the real platform (built web app + API) as `npm start` would, on a fresh PGlite
 * data folder with the demo network, optionally sending mail to a test SMTP server.
 */
export async function startPlatform(env: Record<string, string> = {}): Promise<RunningPlatform> {
  const port = nextPort++;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innoport-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const { child } = await startServer(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts'],
    { DATA_DIR: dataDir, PUBLIC_URL: baseUrl, LOG_LEVEL: 'error', LOGIN_RATE_LIMIT: '1000', WRITE_RATE_LIMIT: '10000', ...env },
    port,
    180_000,
  );
  return {
    baseUrl,
    dataDir,
    child,
    stop: async () => {
      await stopServer(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
