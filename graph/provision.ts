import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { executeBatch, succeeded } from './batch.js';
import {
  columnBody,
  LIST_DEFINITIONS,
  type ColumnDefinition,
  type ListDefinition,
} from './list-schema.js';
import { listsByName, readAll, resolveSiteId } from './site.js';

const ColumnSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  indexed: z.boolean().optional(),
  enforceUniqueValues: z.boolean().optional(),
  text: z.looseObject({ allowMultipleLines: z.boolean().optional() }).optional(),
  number: z.object({}).loose().optional(),
  boolean: z.object({}).loose().optional(),
});
type Column = z.infer<typeof ColumnSchema>;

export interface ProvisionReport {
  siteId: string;
  changes: string[];
  unchanged: string[];
}

function kindOf(column: Column): ColumnDefinition['kind'] | 'other' {
  if (column.number) return 'number';
  if (column.boolean) return 'boolean';
  if (column.text) return column.text.allowMultipleLines ? 'note' : 'text';
  return 'other';
}

/**
 * `npm run provision -- --site <url>`: makes the committee site hold exactly the lists,
 * columns and indexes of graph/list-schema.ts (documents go to the site's default library,
 * which every site has, in an `ogp-copil` folder made on first upload). Idempotent: it
 * creates what is missing, indexes what is not indexed, and says "no change" when the site
 * already matches. It never deletes or retypes a column (that would lose data): a column of
 * the wrong type is reported as an error to fix by hand.
 */
export async function provisionSite(
  client: Client,
  siteUrl: string,
  log: (line: string) => void = () => {},
): Promise<ProvisionReport> {
  const siteId = await resolveSiteId(client, siteUrl);
  const existing = await listsByName(client, siteId);
  const report: ProvisionReport = { siteId, changes: [], unchanged: [] };
  const total = LIST_DEFINITIONS.length;

  for (const [index, definition] of LIST_DEFINITIONS.entries()) {
    const step = `[${index + 1}/${total}] ${definition.displayName}`;
    const list = existing.get(definition.displayName);
    if (!list) {
      await createList(client, siteId, definition);
      const line = `${step}: created with ${definition.columns.length} columns (indexed: ${definition.columns
        .filter((c) => c.indexed)
        .map((c) => c.name)
        .join(', ')})`;
      report.changes.push(line);
      log(line);
      continue;
    }
    const changes = await reconcileColumns(client, siteId, list.id, definition);
    const line = changes.length ? `${step}: ${changes.join('; ')}` : `${step}: unchanged`;
    (changes.length ? report.changes : report.unchanged).push(line);
    log(line);
  }

  log(
    report.changes.length === 0
      ? 'No change: the site already matches the schema.'
      : `${report.changes.length} change(s) applied.`,
  );
  return report;
}

async function createList(client: Client, siteId: string, definition: ListDefinition) {
  await client.api(`/sites/${siteId}/lists`).post({
    displayName: definition.displayName,
    description: definition.description,
    list: { template: 'genericList' },
    columns: definition.columns.map(columnBody),
  });
}

async function reconcileColumns(
  client: Client,
  siteId: string,
  listId: string,
  definition: ListDefinition,
): Promise<string[]> {
  const columns = (await readAll(client, `/sites/${siteId}/lists/${listId}/columns`)).map((c) =>
    ColumnSchema.parse(c),
  );
  const byName = new Map(columns.map((c) => [c.name, c]));
  const changes: string[] = [];
  const requests: { id: string; method: 'POST' | 'PATCH'; url: string; body: unknown }[] = [];
  for (const wanted of definition.columns) {
    const column = byName.get(wanted.name);
    if (!column) {
      requests.push({
        id: String(requests.length + 1),
        method: 'POST',
        url: `/sites/${siteId}/lists/${listId}/columns`,
        body: columnBody(wanted),
      });
      changes.push(`added column ${wanted.name}`);
      continue;
    }
    if (kindOf(column) !== wanted.kind) {
      throw new Error(
        `${definition.displayName}.${wanted.name} is a ${kindOf(column)} column; the app needs ${wanted.kind}. Fix it by hand (provisioning never retypes a column).`,
      );
    }
    const patch: Record<string, boolean> = {};
    if (wanted.indexed && !column.indexed) patch.indexed = true;
    if (wanted.enforceUniqueValues && !column.enforceUniqueValues) patch.enforceUniqueValues = true;
    if (Object.keys(patch).length > 0) {
      requests.push({
        id: String(requests.length + 1),
        method: 'PATCH',
        url: `/sites/${siteId}/lists/${listId}/columns/${column.id}`,
        body: patch,
      });
      changes.push(`${Object.keys(patch).join(' and ')} on ${wanted.name}`);
    }
  }
  if (requests.length > 0) {
    const responses = await executeBatch(client, requests);
    const failed = responses.filter((r) => !succeeded(r));
    if (failed.length > 0) {
      throw new Error(
        `${definition.displayName}: ${failed.length} column change(s) failed: ${failed
          .map((f) => `#${f.id} ${f.status}`)
          .join(', ')}`,
      );
    }
  }
  return changes;
}
