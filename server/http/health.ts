import { z } from 'zod';

/** `GET /healthz`: the instance is up, in which mode, at which version. */
export const HealthSchema = z.object({
  status: z.literal('ok'),
  mode: z.enum(['embedded', 'm365']),
  version: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;

/** `GET /api/config`: what the tab needs before it signs in. */
export const ClientConfigSchema = z.object({
  mode: z.enum(['embedded', 'm365']),
  /** `local`: the embedded sign-in page; `teams`: Teams single sign-on (Entra ID). */
  signIn: z.enum(['local', 'teams']),
  /** The client id the tab asks tokens for (the app registration, or the local issuer's). */
  aadClientId: z.string(),
  version: z.string(),
});
export type ClientConfig = z.infer<typeof ClientConfigSchema>;
