import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  VISITOR,
  buildPlaygroundConfig,
  examplePeopleFromFixture,
  playgroundCommand,
  playgroundUserId,
  playgroundYaml,
} from '../../scripts/playground.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';

/**
 * The Playground validates its config against a JSON schema bundled in its code (it exits 1
 * with the reason only in its log): read that very schema from the pinned package.
 */
function bundledConfigSchema(): object {
  const bundle = readFileSync('node_modules/@microsoft/m365agentsplayground/dist/index.js', 'utf8');
  const start = bundle.indexOf(
    '{"$id":"https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json"',
  );
  const end = bundle.indexOf("}')", start);
  if (start < 0 || end < 0) throw new Error('config schema 0.1.1 not found in the Playground');
  // The schema is a single-quoted JS string literal: undo its escapes (\' and \\).
  return JSON.parse(bundle.slice(start, end + 1).replace(/\\(.)/g, '$1')) as object;
}

describe('Playground configuration', () => {
  it('maps the example committee onto the Playground’s schema 0.1.1', async () => {
    const config = buildPlaygroundConfig(await examplePeopleFromFixture());
    const validate = new Ajv({ allErrors: true, strict: false }).compile(bundledConfigSchema());
    const written = parse(playgroundYaml(config)) as unknown;
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    expect(written).toEqual(config);
  });

  it('makes the secretariat the current user and the four other example people plus a visitor the users', async () => {
    const config = buildPlaygroundConfig(await examplePeopleFromFixture());
    expect(config.currentUser).toMatchObject({
      aadObjectId: EXAMPLE_OBJECT_IDS.secretariat,
      name: 'Salma Exemple (secrétariat)',
      email: 'secretariat@example.org',
      givenName: 'Salma',
      surname: 'Exemple',
    });
    expect(config.users.map((u) => u.aadObjectId)).toEqual([
      EXAMPLE_OBJECT_IDS.chair,
      EXAMPLE_OBJECT_IDS.adminTitular,
      EXAMPLE_OBJECT_IDS.civilTitular,
      EXAMPLE_OBJECT_IDS.civilAlternate,
      VISITOR.aadObjectId,
    ]);
    const ids = [config.currentUser, ...config.users].map((u) => u.id);
    expect(new Set(ids).size).toBe(6);
    expect(Object.values(EXAMPLE_OBJECT_IDS)).not.toContain(VISITOR.aadObjectId);
  });

  it('can make a member the current user, the secretariat then joining the other users', async () => {
    const config = buildPlaygroundConfig(await examplePeopleFromFixture(), {
      currentUser: 'civilTitular',
    });
    const validate = new Ajv({ allErrors: true, strict: false }).compile(bundledConfigSchema());
    expect(validate(parse(playgroundYaml(config)) as unknown)).toBe(true);
    expect(config.currentUser).toMatchObject({
      id: playgroundUserId('civilTitular'),
      aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular,
    });
    expect(config.users.map((u) => u.aadObjectId)).toEqual([
      EXAMPLE_OBJECT_IDS.secretariat,
      EXAMPLE_OBJECT_IDS.chair,
      EXAMPLE_OBJECT_IDS.adminTitular,
      EXAMPLE_OBJECT_IDS.civilAlternate,
      VISITOR.aadObjectId,
    ]);
  });

  it('starts the local binary headless, without telemetry, against the bot endpoint', () => {
    const launch = playgroundCommand({
      endpoint: 'http://localhost:3978/api/messages',
      port: 56150,
      cwd: '/tmp/x',
      root: '/repo',
    });
    expect(launch.command).toBe('/repo/node_modules/.bin/agentsplayground');
    expect(launch.args).toEqual([
      '-e',
      'http://localhost:3978/api/messages',
      '-c',
      'msteams',
      '-p',
      '56150',
      '--disable-telemetry',
    ]);
    expect(launch.options.env.TEAMSAPPTESTER_BROWSER).toBe('none');
    expect(
      playgroundCommand({ endpoint: 'e', port: 1, cwd: '/tmp/x', browser: true }).options.env
        .TEAMSAPPTESTER_BROWSER,
    ).toBe(process.env.TEAMSAPPTESTER_BROWSER);
  });
});
