import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The web app builds from src/web into <repo>/dist/web, which the server serves. */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve(here, '../../dist/web'),
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    // `npx vite --config src/web/vite.config.ts` during development, API on the Node server.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
