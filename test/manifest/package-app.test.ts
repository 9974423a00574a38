import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/teams-schemas.js';
import {
  MissingVariablesError,
  PackageError,
  buildPackage,
  jsonStringEscape,
  loadEnv,
  parseArgs,
  parseEnvFile,
  substitute,
} from '../../scripts/package-app.js';

const root = repoRoot();
const scratch = mkdtempSync(path.join(tmpdir(), 'ogp-copil-package-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw');
}

describe('substitute', () => {
  it('replaces every placeholder, spaces inside the braces allowed', () => {
    expect(substitute('${{A}}/${{ B }}/${{A}}', { A: 'x', B: 'y' })).toBe('x/y/x');
  });

  it('refuses a manifest with a missing variable, naming it', () => {
    const error = thrown(() =>
      substitute('{"id":"${{TEAMS_APP_ID}}","botId":"${{BOT_ID}}"}', { TEAMS_APP_ID: 'a' }),
    );
    expect(error).toBeInstanceOf(MissingVariablesError);
    expect(error.message).toBe('missing variable: BOT_ID');
    expect((error as MissingVariablesError).names).toEqual(['BOT_ID']);
  });

  it('names every missing variable at once, each once', () => {
    const error = thrown(() =>
      substitute('${{X}} ${{Y}} ${{X}} ${{Z}}', { Y: '' }),
    ) as MissingVariablesError;
    expect(error.names).toEqual(['X', 'Z']);
    expect(error.message).toBe('missing variables: X, Z');
  });

  it('refuses the real manifest when the environment lacks one of its variables, naming it', () => {
    const vars: Record<string, string | undefined> = { ...loadEnv('local', root, {}).vars };
    delete vars.TAB_DOMAIN;
    const template = readFileSync(path.join(root, 'manifest', 'manifest.json'), 'utf8');
    const error = thrown(() => substitute(template, vars)) as MissingVariablesError;
    expect(error.names).toEqual(['TAB_DOMAIN']);
  });

  it('takes an empty value as a value (no suffix in production)', () => {
    expect(substitute('COPIL OGP Maroc${{APP_NAME_SUFFIX}}', { APP_NAME_SUFFIX: '' })).toBe(
      'COPIL OGP Maroc',
    );
  });

  it('keeps a JSON template valid whatever the values contain', () => {
    const json = substitute('{"name":"${{NAME}}"}', { NAME: 'say "hi" \\ bye' }, jsonStringEscape);
    expect(JSON.parse(json)).toEqual({ name: 'say "hi" \\ bye' });
  });
});

describe('parseEnvFile', () => {
  it('reads KEY=value lines, skipping comments and blank lines, unquoting values', () => {
    const text = [
      '# a comment',
      '',
      'A=1',
      'B = two words # trailing comment',
      'C="quoted # not a comment"',
      "D='single'",
      'E=',
      'export F=exported',
    ].join('\n');
    expect(parseEnvFile(text)).toEqual({
      A: '1',
      B: 'two words',
      C: 'quoted # not a comment',
      D: 'single',
      E: '',
      F: 'exported',
    });
  });

  it('refuses a line that is not KEY=value, saying which', () => {
    expect(() => parseEnvFile('A=1\nnot a pair')).toThrow('line 2: expected KEY=value');
  });
});

describe('loadEnv', () => {
  it('lets process.env override env/.env.<env>', () => {
    const { vars, fileVars } = loadEnv('local', root, { TAB_DOMAIN: 'copil.example.org' });
    expect(fileVars.TAB_DOMAIN).toBe('localhost:3978');
    expect(vars.TAB_DOMAIN).toBe('copil.example.org');
  });

  it('refuses an environment name that could leave env/', () => {
    expect(() => loadEnv('../secrets', root, {})).toThrow('invalid environment name "../secrets"');
  });

  it('names the env file it could not find', () => {
    expect(() => loadEnv('prod', root, {})).toThrow('no environment file env/.env.prod');
  });
});

describe('parseArgs', () => {
  it('defaults to the local environment and reads --env in both spellings', () => {
    expect(parseArgs([])).toEqual({ env: 'local', help: false });
    expect(parseArgs(['--env', 'dev'])).toEqual({ env: 'dev', help: false });
    expect(parseArgs(['--env=dev'])).toEqual({ env: 'dev', help: false });
  });

  it('refuses an unknown argument', () => {
    expect(() => parseArgs(['--prod'])).toThrow('unknown argument "--prod"');
  });
});

describe('buildPackage', () => {
  it('writes appPackage/build/appPackage.local.zip with exactly what Teams expects at its root', () => {
    const built = buildPackage('local', { processEnv: {} });
    expect(built.zipPath).toBe(path.join(root, 'appPackage', 'build', 'appPackage.local.zip'));
    const zip = unzipSync(readFileSync(built.zipPath));
    expect(Object.keys(zip).sort()).toEqual([
      'ar.json',
      'color.png',
      'en.json',
      'manifest.json',
      'outline.png',
    ]);
    expect(built.entries.sort()).toEqual(Object.keys(zip).sort());
    expect(built.warnings).toEqual([]);

    const manifestText = strFromU8(zip['manifest.json'] ?? new Uint8Array());
    expect(manifestText).not.toContain('${{');
    expect(JSON.parse(manifestText)).toEqual(built.manifest);
    expect(built.manifest.id).toBe(loadEnv('local', root, {}).vars.TEAMS_APP_ID);
    for (const file of ['ar.json', 'en.json']) {
      expect(strFromU8(zip[file] ?? new Uint8Array())).not.toContain('${{');
    }
    for (const file of ['color.png', 'outline.png']) {
      expect(Buffer.from(zip[file] ?? [])).toEqual(readFileSync(path.join(root, 'manifest', file)));
    }
  });

  it('gives the same bytes for the same sources', () => {
    const a = readFileSync(
      buildPackage('local', { processEnv: {}, outDir: path.join(scratch, 'a') }).zipPath,
    );
    const b = readFileSync(
      buildPackage('local', { processEnv: {}, outDir: path.join(scratch, 'b') }).zipPath,
    );
    expect(a.equals(b)).toBe(true);
  });

  it('substitutes values from process.env over env/.env.local', () => {
    const built = buildPackage('local', {
      processEnv: { TAB_ENDPOINT: 'https://copil.example.org', TAB_DOMAIN: 'copil.example.org' },
      outDir: scratch,
    });
    const [dashboard] = built.manifest.staticTabs as { contentUrl: string }[];
    expect(dashboard?.contentUrl).toBe('https://copil.example.org/dashboard');
    expect(built.manifest.validDomains).toEqual(['copil.example.org']);
  });

  it('refuses the dev environment before provisioning, naming the empty ids, and writes nothing', () => {
    const outDir = path.join(scratch, 'dev');
    const error = thrown(() => buildPackage('dev', { processEnv: {}, outDir }));
    expect(error).toBeInstanceOf(PackageError);
    expect(error.message).toContain('manifest.json /id must match pattern');
    expect(error.message).toContain(
      'these variables are empty in env/.env.dev: TEAMS_APP_ID, TAB_ENDPOINT, BOT_ID, TAB_DOMAIN, AAD_APP_CLIENT_ID',
    );
    expect(existsSync(path.join(outDir, 'appPackage.dev.zip'))).toBe(false);
  });

  it('refuses values that break a schema limit, in every language it breaks', () => {
    const error = thrown(() =>
      buildPackage('local', {
        processEnv: { APP_NAME_SUFFIX: ' (environnement de recette)' },
        outDir: scratch,
      }),
    ) as PackageError;
    expect(error.problems).toEqual([
      'manifest.json /name/short must NOT have more than 30 characters',
      'ar.json /name.short must NOT have more than 30 characters',
      'en.json /name.short must NOT have more than 30 characters',
    ]);
  });
});

describe('npm run package (the CLI)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package-app.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  it('prints what it did and succeeds for --env local', () => {
    const result = run('--env', 'local');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('manifest.json is valid against the 1.30 schema');
    expect(result.stdout).toContain('wrote appPackage/build/appPackage.local.zip');
  });

  it('fails with a message for an environment that has no env file', () => {
    const result = run('--env', 'staging');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('package-app: no environment file env/.env.staging');
  });
});
