/**
 * Builds the Teams app package offline, the way the Toolkit's zipAppPackage would.
 *
 *   npm run package -- --env local|dev        (default: local)
 *
 * Reads env/.env.<env>, lets process.env override it, substitutes every ${{VAR}} in
 * manifest/manifest.json and its language files (refusing, with the full list, any variable
 * that is not defined), validates the result against the offline 1.30 schemas, checks the
 * icons, and writes appPackage/build/appPackage.<env>.zip with everything at the zip root.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { ColorType, decodePng, readPngInfo } from './lib/png.js';
import {
  isEntryPoint,
  repoRoot,
  schemaValidator,
  type ValidationResult,
} from './lib/teams-schemas.js';

export type Vars = Readonly<Record<string, string | undefined>>;

/** `${{NAME}}`, spaces allowed inside the braces, as the Toolkit accepts them. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Variables a template refers to, each once, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

export class MissingVariablesError extends Error {
  readonly names: readonly string[];
  constructor(names: readonly string[], where?: string) {
    super(
      `missing variable${names.length > 1 ? 's' : ''}: ${names.join(', ')}` +
        (where
          ? ` (define ${names.length > 1 ? 'them' : 'it'} in ${where} or the environment)`
          : ''),
    );
    this.name = 'MissingVariablesError';
    this.names = names;
  }
}

/**
 * Replaces every `${{NAME}}` with `vars[NAME]`. A variable that is undefined makes the whole
 * call fail with a MissingVariablesError naming every such variable at once; an empty string
 * is a value (APP_NAME_SUFFIX is empty in production). `escape` is applied to each value,
 * e.g. to keep a JSON template valid whatever the values contain.
 */
export function substitute(
  template: string,
  vars: Vars,
  escape: (value: string) => string = (v) => v,
): string {
  const missing = placeholdersIn(template).filter((name) => vars[name] === undefined);
  if (missing.length > 0) throw new MissingVariablesError(missing);
  return template.replace(PLACEHOLDER, (_match, name: string) => escape(vars[name] ?? ''));
}

/** Escapes a value for use inside a JSON string literal. */
export const jsonStringEscape = (value: string): string => JSON.stringify(value).slice(1, -1);

/**
 * Parses a dotenv file as the Toolkit writes them: `KEY=value` lines, `#` comments, values
 * optionally in single or double quotes; no interpolation.
 */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new Error(`line ${index + 1}: expected KEY=value, got "${line}"`);
    const key = match[1] ?? '';
    let value = match[2] ?? '';
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) {
      value = quoted[2] ?? '';
      if (quoted[1] === '"') value = value.replace(/\\n/g, '\n');
    } else {
      value = value.replace(/\s+#.*$/, '');
    }
    vars[key] = value;
  }
  return vars;
}

/** Toolkit environment names: letters, digits, `-` and `_` (also keeps paths inside env/). */
const ENV_NAME = /^[A-Za-z0-9_-]+$/;

export interface LoadedEnv {
  file: string;
  /** What the file defines. */
  fileVars: Record<string, string>;
  /** The file's variables with process.env on top: what substitution uses. */
  vars: Record<string, string>;
}

/**
 * The variables for one environment: env/.env.<env>, then process.env on top (so CI can
 * inject values), with TEAMSFX_ENV defaulting to the environment's name as in the Toolkit.
 */
export function loadEnv(
  envName: string,
  root: string = repoRoot(),
  processEnv: Vars = process.env,
): LoadedEnv {
  if (!ENV_NAME.test(envName)) throw new Error(`invalid environment name "${envName}"`);
  const file = path.join(root, 'env', `.env.${envName}`);
  if (!existsSync(file)) {
    throw new Error(
      `no environment file ${path.relative(root, file)} for environment "${envName}"`,
    );
  }
  let fromFile: Record<string, string>;
  try {
    fromFile = parseEnvFile(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path.relative(root, file)}: ${(error as Error).message}`);
  }
  const vars: Record<string, string> = { TEAMSFX_ENV: envName, ...fromFile };
  for (const [key, value] of Object.entries(processEnv)) {
    if (value !== undefined) vars[key] = value;
  }
  return { file, fileVars: fromFile, vars };
}

/** Validates a manifest (placeholders already substituted) against the 1.30 schema. */
export function validateManifest(manifest: unknown): ValidationResult {
  return schemaValidator('manifest')(manifest);
}

/** Validates a language file against the 1.30 localization schema. */
export function validateLocalization(strings: unknown): ValidationResult {
  return schemaValidator('localization')(strings);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves a localization key such as `bots[0].commandLists[1].commands[0].title`. */
function resolveKey(manifest: unknown, key: string): unknown {
  let node: unknown = manifest;
  for (const token of key.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (token.startsWith('[')) {
      const index = Number(token.slice(1, -1));
      node = Array.isArray(node) ? (node[index] as unknown) : undefined;
    } else {
      node = isRecord(node) ? node[token] : undefined;
    }
    if (node === undefined) return undefined;
  }
  return node;
}

/** Every localizable string the manifest sets, as its localization key. */
export function localizableKeys(manifest: unknown): string[] {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'].filter(
    (key) => typeof resolveKey(manifest, key) === 'string',
  );
  const m = isRecord(manifest) ? manifest : {};
  const staticTabs = Array.isArray(m.staticTabs) ? m.staticTabs : [];
  staticTabs.forEach((tab, i) => {
    if (isRecord(tab) && typeof tab.name === 'string') keys.push(`staticTabs[${i}].name`);
  });
  const bots = Array.isArray(m.bots) ? m.bots : [];
  const lists =
    isRecord(bots[0]) && Array.isArray(bots[0].commandLists) ? bots[0].commandLists : [];
  lists.forEach((list, i) => {
    const commands = isRecord(list) && Array.isArray(list.commands) ? list.commands : [];
    commands.forEach((command, j) => {
      for (const field of ['title', 'description'] as const) {
        if (isRecord(command) && typeof command[field] === 'string') {
          keys.push(`bots[0].commandLists[${i}].commands[${j}].${field}`);
        }
      }
    });
  });
  return keys;
}

export interface LocalizationCheck {
  /** Keys naming nothing in the manifest: Teams rejects or ignores them. */
  unknownKeys: string[];
  /** Strings the manifest sets that this language leaves in the default language. */
  untranslated: string[];
}

export function checkLocalization(manifest: unknown, strings: unknown): LocalizationCheck {
  const entries = isRecord(strings) ? Object.keys(strings) : [];
  const translatable = entries.filter((key) => key !== '$schema' && key !== 'localizationKeys');
  return {
    unknownKeys: translatable.filter((key) => typeof resolveKey(manifest, key) !== 'string'),
    untranslated: localizableKeys(manifest).filter((key) => !translatable.includes(key)),
  };
}

export const ICON_SIZES = { color: 192, outline: 32 } as const;
export type IconKind = keyof typeof ICON_SIZES;

/**
 * Problems with one icon, empty when it is fine. Teams wants the colour icon 192×192 and the
 * outline icon 32×32, white on a transparent background.
 */
export function checkIcon(kind: IconKind, bytes: Uint8Array): string[] {
  let info;
  try {
    info = readPngInfo(bytes);
  } catch (error) {
    return [(error as Error).message];
  }
  const size = ICON_SIZES[kind];
  const problems: string[] = [];
  if (info.width !== size || info.height !== size) {
    problems.push(`must be ${size}×${size}, is ${info.width}×${info.height}`);
  }
  if (kind === 'outline') {
    if (info.colorType !== ColorType.truecolorAlpha) {
      problems.push(
        `must be an RGBA PNG (colour type 6) to be transparent, is colour type ${info.colorType}`,
      );
      return problems;
    }
    const { data } = decodePng(bytes);
    let transparent = 0;
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      const alpha = data[i + 3] ?? 0;
      if (alpha < 255) transparent++;
      // Anti-aliased edges keep white with partial alpha; anything visibly tinted is refused.
      if (alpha > 0 && Math.min(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0) < 250) coloured++;
    }
    if (transparent === 0) problems.push('has no transparent pixel');
    if (coloured > 0) problems.push(`has ${coloured} visible pixels that are not white`);
  }
  return problems;
}

export class PackageError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`the app package is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PackageError';
    this.problems = problems;
  }
}

export interface BuildOptions {
  /** Repository root (default: the folder holding package.json). */
  root?: string;
  /** Overrides on top of the env file (default: process.env). */
  processEnv?: Vars;
  /** Where the zip goes (default: <root>/appPackage/build). */
  outDir?: string;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
}

export interface BuiltPackage {
  env: string;
  envFile: string;
  zipPath: string;
  /** Names of the files at the zip root, in the order written. */
  entries: string[];
  manifest: Record<string, Json>;
  /** Languages left partly in the default language (key lists per file). */
  warnings: string[];
}

/** Fixed entry time, so that the same sources always give the same zip bytes. */
const ZIP_MTIME = new Date(2022, 5, 28); // the manual's adoption date, 28/06/2022

export function buildPackage(envName = 'local', options: BuildOptions = {}): BuiltPackage {
  const root = options.root ?? repoRoot();
  const log = options.log ?? (() => {});
  const manifestDir = path.join(root, 'manifest');
  const rel = (p: string): string => path.relative(root, p);

  const {
    file: envFile,
    fileVars,
    vars,
  } = loadEnv(envName, root, options.processEnv ?? process.env);
  log(
    `environment "${envName}": ${rel(envFile)} (${Object.keys(fileVars).length} variables; process.env overrides)`,
  );

  const manifestTemplate = readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8');
  // Placeholders sit inside JSON strings, so the template is valid JSON: parse it once to
  // learn the icon and language file names.
  const templateObject = JSON.parse(manifestTemplate) as unknown;
  const info = isRecord(templateObject) ? templateObject : {};
  const icons = isRecord(info.icons) ? info.icons : {};
  const localization = isRecord(info.localizationInfo) ? info.localizationInfo : {};
  const languageFiles = [
    ...(typeof localization.defaultLanguageFile === 'string'
      ? [localization.defaultLanguageFile]
      : []),
    ...(Array.isArray(localization.additionalLanguages) ? localization.additionalLanguages : [])
      .map((language) => (isRecord(language) ? language.file : undefined))
      .filter((file): file is string => typeof file === 'string'),
  ];

  const templates = new Map<string, string>([['manifest.json', manifestTemplate]]);
  for (const file of languageFiles) {
    templates.set(file, readFileSync(path.join(manifestDir, file), 'utf8'));
  }

  // Every missing variable across every file, reported at once.
  const used = [...new Set([...templates.values()].flatMap(placeholdersIn))];
  const missing = used.filter((name) => vars[name] === undefined);
  if (missing.length > 0) throw new MissingVariablesError(missing, rel(envFile));
  log(`substituted ${used.length} variables: ${used.join(', ')}`);

  const resolved = new Map<string, Record<string, Json>>();
  for (const [file, template] of templates) {
    resolved.set(
      file,
      JSON.parse(substitute(template, vars, jsonStringEscape)) as Record<string, Json>,
    );
  }
  const manifest = resolved.get('manifest.json') ?? {};

  const problems: string[] = [];
  const warnings: string[] = [];
  const manifestResult = validateManifest(manifest);
  problems.push(...manifestResult.errors.map((e) => `manifest.json ${e}`));
  for (const file of languageFiles) {
    const strings = resolved.get(file);
    problems.push(...validateLocalization(strings).errors.map((e) => `${file} ${e}`));
    const { unknownKeys, untranslated } = checkLocalization(manifest, strings);
    problems.push(...unknownKeys.map((key) => `${file} "${key}" names nothing in manifest.json`));
    if (untranslated.length > 0)
      warnings.push(`${file} does not translate ${untranslated.join(', ')}`);
  }

  const iconFiles: [IconKind, string][] = [];
  for (const kind of ['color', 'outline'] as const) {
    const file = icons[kind];
    if (typeof file !== 'string') continue; // the schema has reported it
    iconFiles.push([kind, file]);
    const iconPath = path.join(manifestDir, file);
    if (!existsSync(iconPath)) {
      problems.push(`${file} (${kind} icon) does not exist`);
      continue;
    }
    problems.push(
      ...checkIcon(kind, readFileSync(iconPath)).map((p) => `${file} (${kind} icon) ${p}`),
    );
  }

  if (problems.length > 0) {
    // Empty ids are the usual cause before provisioning: say so.
    const empty = used.filter((name) => vars[name] === '');
    if (empty.length > 0) {
      problems.push(
        `these variables are empty in ${rel(envFile)}: ${empty.join(', ')} (has "teamsapp provision --env ${envName}" run?)`,
      );
    }
    throw new PackageError(problems);
  }
  log(
    `manifest.json is valid against the 1.30 schema; ${languageFiles.join(', ')} against the localization schema`,
  );
  log(
    `icons: ${iconFiles.map(([kind, file]) => `${file} ${ICON_SIZES[kind]}×${ICON_SIZES[kind]}`).join(', ')}`,
  );
  for (const warning of warnings) log(`warning: ${warning}`);

  const zippable: Zippable = {};
  const add = (name: string, bytes: Uint8Array): void => {
    zippable[name] = [bytes, { mtime: ZIP_MTIME }];
  };
  add('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  for (const [, file] of iconFiles) add(file, readFileSync(path.join(manifestDir, file)));
  for (const file of languageFiles) {
    add(file, Buffer.from(`${JSON.stringify(resolved.get(file), null, 2)}\n`, 'utf8'));
  }

  const outDir = options.outDir ?? path.join(root, 'appPackage', 'build');
  mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${envName}.zip`);
  const zip = zipSync(zippable, { level: 9 });
  writeFileSync(zipPath, zip);
  const entries = Object.keys(zippable);
  log(`wrote ${rel(zipPath)} (${zip.length} bytes): ${entries.join(', ')}`);

  return { env: envName, envFile, zipPath, entries, manifest, warnings };
}

const USAGE =
  'usage: npm run package -- [--env <name>]   (default env: local; reads env/.env.<name>)';

/** Parses `--env dev`, `--env=dev` or `-e dev`. */
export function parseArgs(argv: readonly string[]): { env: string; help: boolean } {
  let env = 'local';
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--env' || arg === '-e') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-'))
        throw new Error(`${arg} needs a value\n${USAGE}`);
      env = value;
    } else if (arg.startsWith('--env=')) env = arg.slice('--env='.length);
    else throw new Error(`unknown argument "${arg}"\n${USAGE}`);
  }
  return { env, help };
}

function main(): void {
  try {
    const { env, help } = parseArgs(process.argv.slice(2));
    if (help) {
      console.log(USAGE);
      return;
    }
    buildPackage(env, { log: (line) => console.log(line) });
  } catch (error) {
    console.error(`package-app: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (isEntryPoint(import.meta.url)) main();
