import { pino, type Logger } from 'pino';

/** Structured JSON logs; tokens, cookies and secrets are redacted wherever they appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'ogp-copil' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.BOT_PASSWORD',
        '*.AAD_APP_CLIENT_SECRET',
        '*.accessToken',
        '*.password',
      ],
      censor: '[redacted]',
    },
  });
}
export type { Logger };
