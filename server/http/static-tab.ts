import express, { type Request, type Response, type NextFunction, Router } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The tab's client-side routes: the server answers them with index.html. */
export const TAB_ROUTES = [
  '/',
  '/dashboard',
  '/members',
  '/meetings',
  '/meetings/:id',
  '/decisions',
  '/decisions/:id',
  '/communications',
  '/revisions',
  '/config',
  '/meeting',
];

/**
 * Teams and Microsoft 365 hosts must be able to frame the tab (PLATFORM_NOTES §10): a
 * `frame-ancestors` policy, and no X-Frame-Options.
 */
export const FRAME_ANCESTORS =
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.microsoft365.com https://*.office.com https://outlook.office.com https://outlook.office365.com";

/**
 * The policy of every response (issue 10, item 6): only this origin's scripts (the built tab
 * has no inline script), data, images and fonts. Styles allow 'unsafe-inline' because Fluent
 * UI's Griffel inserts <style> elements at run time (and the tab's index.html has one rule);
 * scripts never do.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  // teams-js fetches the list of Teams' valid host domains from Microsoft's CDN at
  // initialisation (it falls back to a built-in list when it cannot).
  "connect-src 'self' https://res.cdn.office.net",
  // No `object-src 'none'`: default-src keeps objects to this origin, and the browser's PDF
  // viewer must still show a published document served inline.
  "base-uri 'self'",
  "form-action 'self'",
  FRAME_ANCESTORS,
].join('; ');

export function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.set('X-Content-Type-Options', 'nosniff');
  res.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  next();
}

/** Serves the built tab (`npm run build:tab`) with long caching for hashed assets. */
export function staticTab(directory: string): Router {
  const root = resolve(directory);
  const index = join(root, 'index.html');
  const router = Router();
  router.use(
    '/assets',
    express.static(join(root, 'assets'), { immutable: true, maxAge: '365d', index: false }),
  );
  router.use(express.static(root, { index: false }));
  router.get(TAB_ROUTES, (_req, res) => {
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send('The tab is not built yet: run `npm run build` (npm start does it for you).');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
