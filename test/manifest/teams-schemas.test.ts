import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SCHEMA_FILES,
  createValidator,
  declaredDraft,
  draft04OnlyForms,
  loadSchema,
  repoRoot,
  teamsSchemasDir,
} from '../../scripts/lib/teams-schemas.js';

describe('the offline Teams schemas', () => {
  it('are vendored in the repository, in vendor/teams-schemas', () => {
    const root = repoRoot();
    expect(existsSync(path.join(root, 'package.json'))).toBe(true);
    expect(teamsSchemasDir(root)).toBe(path.resolve(root, 'vendor', 'teams-schemas'));
    for (const file of Object.values(SCHEMA_FILES)) {
      expect(existsSync(path.join(teamsSchemasDir(root), file))).toBe(true);
    }
  });

  it('declare draft-04 for the manifest and localization, draft-07 for teamsapp.yml', () => {
    expect(declaredDraft(loadSchema('manifest'))).toBe('draft-04');
    expect(declaredDraft(loadSchema('localization'))).toBe('draft-04');
    expect(declaredDraft(loadSchema('teamsappYaml'))).toBe('draft-07');
  });

  it('use none of the draft-04 forms a draft-07 validator would read differently', () => {
    expect(draft04OnlyForms(loadSchema('manifest'))).toEqual([]);
    expect(draft04OnlyForms(loadSchema('localization'))).toEqual([]);
  });
});

describe('createValidator', () => {
  it('refuses a draft-04 schema using a boolean exclusiveMaximum rather than misread it', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-04/schema#',
      properties: { quorum: { type: 'number', maximum: 1, exclusiveMaximum: true } },
    };
    expect(draft04OnlyForms(schema)).toEqual(['/properties/quorum/exclusiveMaximum']);
    expect(() => createValidator(schema)).toThrow('validate it with ajv-draft-04');
  });

  it('applies const in a draft-04-declared schema, as the Teams schemas intend', () => {
    const validate = createValidator({
      $schema: 'http://json-schema.org/draft-04/schema#',
      properties: { manifestVersion: { type: 'string', const: '1.30' } },
    });
    expect(validate({ manifestVersion: '1.30' })).toEqual({ valid: true, errors: [] });
    expect(validate({ manifestVersion: '1.24' })).toEqual({
      valid: false,
      errors: ['/manifestVersion must be equal to constant ("1.30")'],
    });
  });

  it('uses the 2020-12 vocabulary for a schema that declares it', () => {
    const validate = createValidator({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'array',
      prefixItems: [{ type: 'string' }],
    });
    expect(validate(['fr']).valid).toBe(true);
    expect(validate([3]).errors).toEqual(['/0 must be string']);
  });
});
