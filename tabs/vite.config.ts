import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The tab bundles core/time.ts, the one Morocco-time module, whose tz data is moment-timezone's
 * packed `latest.json` (every zone, ~730 KB). When bundling, that import is reduced to the one
 * zone the app uses, Africa/Casablanca; the data still comes from the package, at build time,
 * so the tab and the server read the same IANA release.
 */
export function moroccoZoneOnly(): Plugin {
  const dataFile = /[\\/]moment-timezone[\\/]data[\\/]packed[\\/]latest\.json$/;
  return {
    name: 'morocco-zone-only',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!dataFile.test(file)) return null;
      const data = JSON.parse(readFileSync(file, 'utf8')) as { version: string; zones: string[] };
      const zones = data.zones.filter((zone) => zone.startsWith('Africa/Casablanca|'));
      if (zones.length !== 1)
        this.error(`moment-timezone ${data.version} has no Africa/Casablanca`);
      return JSON.stringify({ version: data.version, zones, links: [], countries: [] });
    },
  };
}

/**
 * The committee tab. Built into dist/tab, which the server serves (index.html for every tab
 * route: /dashboard, /members, /meetings, /meetings/:id, /decisions, /decisions/:id,
 * /communications, /revisions, /config, /meeting). In development,
 * `vite --config tabs/vite.config.ts` proxies the API to the server on port 3978.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [moroccoZoneOnly(), react()],
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
