import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The committee tab. Built into dist/tab, which the server serves (index.html for every tab
 * route: /dashboard, /members, /meetings, /meetings/:id, /decisions, /decisions/:id,
 * /communications, /revisions, /config, /meeting). In development,
 * `vite --config tabs/vite.config.ts` proxies the API to the server on port 3978.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/tab',
    emptyOutDir: true,
    // Fluent UI is one large chunk; the tab is loaded once per Teams session.
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3978',
      '/auth': 'http://127.0.0.1:3978',
    },
  },
});
