import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';

const SiteSchema = z.looseObject({ id: z.string().min(1), webUrl: z.string().optional() });
const ListSchema = z.looseObject({
  id: z.string().min(1),
  displayName: z.string(),
  list: z.looseObject({ template: z.string().optional() }).optional(),
});
const CollectionPageSchema = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().url().optional(),
});
export type GraphList = z.infer<typeof ListSchema>;

/** Parses `https://contoso.sharepoint.com/sites/copil` into Graph's site address. */
export function siteAddress(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(
      `not a site URL: ${siteUrl} (expected https://<tenant>.sharepoint.com/sites/<name>)`,
    );
  }
  if (url.protocol !== 'https:') throw new Error(`the site URL must use https: ${siteUrl}`);
  const path = url.pathname.replace(/\/+$/, '');
  return path ? `/sites/${url.hostname}:${path}` : `/sites/${url.hostname}`;
}

/** The site's Graph id from its URL. */
export async function resolveSiteId(client: Client, siteUrl: string): Promise<string> {
  return SiteSchema.parse(await client.api(siteAddress(siteUrl)).get()).id;
}

/** Every item of a Graph collection, following `@odata.nextLink` whole. */
export async function readAll(client: Client, path: string): Promise<unknown[]> {
  const items: unknown[] = [];
  let page = CollectionPageSchema.parse(await client.api(path).get());
  for (;;) {
    items.push(...page.value);
    const next = page['@odata.nextLink'];
    if (!next) return items;
    page = CollectionPageSchema.parse(await client.api(next).get());
  }
}

export async function listsByName(client: Client, siteId: string): Promise<Map<string, GraphList>> {
  const lists = (await readAll(client, `/sites/${siteId}/lists`)).map((l) => ListSchema.parse(l));
  return new Map(lists.map((l) => [l.displayName, l]));
}

/** The site's default document library. */
export async function siteDrive(client: Client, siteId: string): Promise<string> {
  return SiteSchema.parse(await client.api(`/sites/${siteId}/drive`).get()).id;
}
