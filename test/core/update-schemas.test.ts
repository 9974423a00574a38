import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as contracts from '../../core/contracts/index.js';

/*
 * An update is a real PATCH: a field left out is unchanged. zod applies `.default()` even
 * inside `.optional()` or `.partial()`, so one default in an update schema turns "left out"
 * into "emptied" (editing a meeting's date once deleted its agenda). These checks run over
 * every update request schema the contracts export, so a new one is covered at once.
 */

/** Request schemas that change part of an existing record. */
const UPDATE_SCHEMA = /^(Update|Edit|Patch)\w*RequestSchema$/;

const updateSchemas = (Object.entries(contracts) as [string, unknown][]).filter(
  (entry): entry is [string, z.ZodObject] =>
    UPDATE_SCHEMA.test(entry[0]) &&
    typeof entry[1] === 'object' &&
    (entry[1] as z.ZodType)._zod?.def.type === 'object',
);

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType;
}

/** Paths inside a schema where a missing value would be filled in (default, prefault, catch). */
function fillers(schema: z.ZodType, path: string, found: string[] = []): string[] {
  const def = schema._zod.def as unknown as Def;
  if (['default', 'prefault', 'catch'].includes(def.type)) found.push(`${path} (${def.type})`);
  const children: [string, z.ZodType | undefined][] = [
    [path, def.innerType],
    [`${path}[]`, def.element],
    [`${path}.*`, def.catchall],
    [path, def.left],
    [path, def.right],
    [path, def.in],
    [path, def.out],
    [`${path}{key}`, def.keyType],
    [`${path}{value}`, def.valueType],
    [`${path}[…]`, def.rest],
    ...Object.entries(def.shape ?? {}).map(([k, v]): [string, z.ZodType] => [`${path}.${k}`, v]),
    ...(def.options ?? []).map((o, i): [string, z.ZodType] => [`${path}|${i}`, o]),
    ...(def.items ?? []).map((o, i): [string, z.ZodType] => [`${path}[${i}]`, o]),
  ];
  for (const [childPath, child] of children) if (child) fillers(child, childPath, found);
  return found;
}

describe('update request schemas are real PATCHes', () => {
  it('finds the update schemas (at least the meeting’s)', () => {
    expect(updateSchemas.map(([name]) => name)).toContain('UpdateMeetingRequestSchema');
  });

  for (const [name, schema] of updateSchemas) {
    describe(name, () => {
      it('contains no default, prefault or catch anywhere', () => {
        expect(fillers(schema, name)).toEqual([]);
      });

      it('has every field optional but the version it was read at', () => {
        const required = Object.entries(schema.shape)
          .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
          .map(([key]) => key);
        expect(required).toEqual(['version']);
      });

      it('parses a request with the version only into the version only', () => {
        expect(schema.parse({ version: '3' })).toEqual({ version: '3' });
      });
    });
  }
});

describe('JustifyAbsenceRequestSchema (R12.1)', () => {
  it('has no default: justified or not is the user’s choice, always sent', () => {
    expect(fillers(contracts.JustifyAbsenceRequestSchema, 'JustifyAbsence')).toEqual([]);
    expect(contracts.JustifyAbsenceRequestSchema.safeParse({ personId: 'p-1' }).success).toBe(
      false,
    );
  });
});
