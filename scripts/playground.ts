/**
 * `npm run playground`: chat with the running bot in the Microsoft 365 Agents Playground, a
 * Teams-like client that works offline (PLAYGROUND_NOTES.md).
 *
 *   npm start                 # in one terminal: the server, bot at :3978/api/messages
 *   npm run playground        # in another: the Playground at http://localhost:56150
 *
 * Environment: PORT (the server's, 3978), PLAYGROUND_PORT (56150), PLAYGROUND_BROWSER=1 to let
 * the Playground open a browser (or pass --browser), PLAYGROUND_DIR (data/playground),
 * COPIL_DATA_DIR (the server's data folder, ./data: the bot endpoint's key is read there).
 *
 * The Playground's five users are the example committee's people (fixed Entra object ids in
 * server/example-committee.ts), so each one gets the answers the register gives that person;
 * the UI speaks as the current user, the secretariat.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Ports } from '../core/ports/store.js';
import { loadConfig } from '../server/config.js';
import { EXAMPLE_OBJECT_IDS, loadExampleCommittee } from '../server/example-committee.js';
import { openPorts } from '../server/ports.js';
import { botEndpointWithKey, readBotEndpointKey } from '../server/auth/bot-endpoint-key.js';
import { isEntryPoint, repoRoot } from './lib/teams-schemas.js';

/** One user as the Playground's config schema 0.1.1 describes it (`userPrincipleName`, sic). */
export interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

/** `.m365agentsplayground.yml`, schema version 0.1.1: no other key is accepted. */
export interface PlaygroundConfig {
  version: '0.1.1';
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  /** Exactly five (the schema's minItems and maxItems). */
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: {
    id: string;
    name: string;
    aadGroupId: string;
    /** At most one besides General. */
    channels: { id: string; name: string }[];
  };
}

export const CONFIG_FILE_NAME = '.m365agentsplayground.yml';

/** Fixed ids, so a test or a demo can address these conversations. */
export const PLAYGROUND_IDS = {
  tenantId: '00000000-0000-4000-8000-0000000000a0',
  bot: { id: '00000000-0000-4000-8000-0000000000b0', name: 'Copil OGP' },
  personalChat: 'a:copil-personal-chat',
  groupChat: '19:copil-group-chat@thread.v2',
  team: '19:copil-team@thread.tacv2',
  teamGroup: '00000000-0000-4000-8000-0000000000c0',
  channel: '19:copil-channel-seances@thread.tacv2',
} as const;

export type ExampleRole = keyof typeof EXAMPLE_OBJECT_IDS;

/** Someone the Playground can speak as. */
export interface PlaygroundPerson {
  key: ExampleRole | 'visitor';
  displayName: string;
  email: string;
  aadObjectId: string;
}

/**
 * The fifth user: the schema wants five besides the current user and the example committee
 * maps four, so the last one is someone the register does not know (the not-member card).
 */
export const VISITOR: PlaygroundPerson = {
  key: 'visitor',
  displayName: 'Invité Visiteur (non membre)',
  email: 'visiteur@example.org',
  aadObjectId: '00000000-0000-4000-8000-00000000e001',
};

function playgroundUser(person: PlaygroundPerson): PlaygroundUser {
  // « Salma Exemple (secrétariat) » → given name Salma, surname Exemple.
  const [givenName = person.displayName, ...rest] = person.displayName
    .replace(/\s*\(.*\)\s*$/, '')
    .split(/\s+/);
  return {
    id: playgroundUserId(person.key),
    name: person.displayName,
    userPrincipleName: person.email,
    aadObjectId: person.aadObjectId,
    givenName,
    surname: rest.join(' ') || givenName,
    email: person.email,
  };
}

const EXAMPLE_ROLES: readonly ExampleRole[] = [
  'secretariat',
  'chair',
  'adminTitular',
  'civilTitular',
  'civilAlternate',
];

/**
 * The Playground configuration for the example committee: by default the secretariat is the
 * current user; the chair, an administration titular, a civil-society titular and alternate,
 * and a visitor outside the register are the five other users (in the group chat and the team).
 * `currentUser` makes another example person the one the UI speaks as (e.g. a member, whose
 * personal chat then receives the notices); the secretariat then joins the other users.
 */
export function buildPlaygroundConfig(
  people: readonly PlaygroundPerson[],
  options: { currentUser?: ExampleRole } = {},
): PlaygroundConfig {
  const find = (key: PlaygroundPerson['key']) => {
    const person = people.find((p) => p.key === key);
    if (!person) throw new Error(`the example committee has no ${key}`);
    return playgroundUser(person);
  };
  const current = options.currentUser ?? 'secretariat';
  return {
    version: '0.1.1',
    tenantId: PLAYGROUND_IDS.tenantId,
    bot: { ...PLAYGROUND_IDS.bot },
    currentUser: find(current),
    users: EXAMPLE_ROLES.filter((role) => role !== current)
      .map(find)
      .concat(playgroundUser(VISITOR)),
    personalChat: { id: PLAYGROUND_IDS.personalChat },
    groupChat: { id: PLAYGROUND_IDS.groupChat, name: 'Comité de pilotage (exemple)' },
    team: {
      id: PLAYGROUND_IDS.team,
      name: 'Comité de pilotage OGP Maroc (exemple)',
      aadGroupId: PLAYGROUND_IDS.teamGroup,
      channels: [{ id: PLAYGROUND_IDS.channel, name: 'Séances' }],
    },
  };
}

/** The Playground id (`from.id`, an MRI) of an example person, to act as them in tests. */
export const playgroundUserId = (key: PlaygroundPerson['key']) => `29:copil-${key}`;

/** The example committee's people with a fixed Entra object id, as the register holds them. */
export async function examplePeople(ports: Pick<Ports, 'people'>): Promise<PlaygroundPerson[]> {
  const people: PlaygroundPerson[] = [];
  for (const [key, aadObjectId] of Object.entries(EXAMPLE_OBJECT_IDS) as [ExampleRole, string][]) {
    const [stored] = await ports.people.findBy('aadObjectId', aadObjectId);
    if (!stored)
      throw new Error(`the register has no example person with object id ${aadObjectId}`);
    people.push({
      key,
      displayName: stored.value.displayName,
      email: stored.value.email,
      aadObjectId,
    });
  }
  return people;
}

/**
 * The example people without touching the server's store: the example committee is loaded
 * into a throw-away one (names and e-mails then come from server/example-committee.ts only).
 */
export async function examplePeopleFromFixture(): Promise<PlaygroundPerson[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'copil-playground-'));
  try {
    const store = await openPorts(loadConfig({ COPIL_MODE: 'embedded', COPIL_DATA_DIR: dataDir }));
    try {
      await loadExampleCommittee(store.ports);
      return await examplePeople(store.ports);
    } finally {
      store.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function playgroundYaml(config: PlaygroundConfig): string {
  return [
    '# Written by `npm run playground` (scripts/playground.ts); regenerated on each run.',
    '# yaml-language-server: $schema=https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json',
    stringify(config, { lineWidth: 0 }),
  ].join('\n');
}

/** Writes the config into `dir` (the Playground's working folder) and returns its path. */
export function writePlaygroundConfig(dir: string, config: PlaygroundConfig): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, CONFIG_FILE_NAME);
  writeFileSync(file, playgroundYaml(config), 'utf8');
  return file;
}

export interface PlaygroundLaunch {
  /** The bot's messaging endpoint, e.g. http://localhost:3978/api/messages. */
  endpoint: string;
  port: number;
  /** Working folder holding the config; the Playground writes devTools/ logs there. */
  cwd: string;
  /** Let the Playground open the system browser. */
  browser?: boolean;
  root?: string;
}

/** The command that starts the Playground (the package's binary, no network needed). */
export function playgroundCommand(launch: PlaygroundLaunch) {
  const root = launch.root ?? repoRoot();
  return {
    command: path.join(root, 'node_modules', '.bin', 'agentsplayground'),
    args: [
      '-e',
      launch.endpoint,
      '-c',
      'msteams',
      '-p',
      String(launch.port),
      '--disable-telemetry',
    ],
    options: {
      cwd: launch.cwd,
      env: {
        ...process.env,
        ...(launch.browser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }),
      },
    },
  };
}

/** True when `url` answers 2xx within `timeoutMs`. */
export async function answers(url: string, timeoutMs = 2000): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Polls `url` until it answers, or gives up after `timeoutMs`. */
export async function waitUntilAnswering(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await answers(url, 1000)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

async function main(): Promise<void> {
  const root = repoRoot();
  const serverPort = Number(process.env.PORT ?? 3978);
  const port = Number(process.env.PLAYGROUND_PORT ?? 56150);
  const browser = process.argv.includes('--browser') || process.env.PLAYGROUND_BROWSER === '1';
  const cwd = path.resolve(root, process.env.PLAYGROUND_DIR ?? path.join('data', 'playground'));
  const server = `http://localhost:${serverPort}`;

  if (!(await answers(`${server}/healthz`))) {
    console.error(
      [
        '',
        `  The bot is not answering at ${server} (GET /healthz failed).`,
        '  Start the server first, in another terminal:  npm start',
        `  (or set PORT if it listens elsewhere), then run  npm run playground  again.`,
        '',
      ].join('\n'),
    );
    process.exit(1);
  }

  // The anonymous bot answers only a client that knows the install's key (made by the server).
  const dataDir = path.resolve(root, process.env.COPIL_DATA_DIR ?? 'data');
  const key = await readBotEndpointKey(dataDir);
  if (!key) {
    console.error(
      `\n  No bot endpoint key in ${dataDir}/keys: start the server (npm start) with the same COPIL_DATA_DIR first.\n`,
    );
    process.exit(1);
  }
  const file = writePlaygroundConfig(cwd, buildPlaygroundConfig(await examplePeopleFromFixture()));
  const launch = playgroundCommand({
    endpoint: botEndpointWithKey(server, key),
    port,
    cwd,
    browser,
    root,
  });
  const child = spawn(launch.command, launch.args, { ...launch.options, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => child.kill(signal));
  }
  child.once('exit', (code, signal) => {
    if (code && code !== 0) {
      console.error(
        `\n  The Playground stopped (exit ${code}); its log: ${path.join(cwd, 'devTools', 'm365agentsplayground.log')}\n`,
      );
    }
    process.exit(code ?? (signal ? 0 : 1));
  });

  const playgroundUrl = `http://localhost:${port}`;
  if (await waitUntilAnswering(`${playgroundUrl}/_debug/ping`, 30_000)) {
    console.log(
      [
        '',
        `  Agents Playground: ${playgroundUrl}   (bot: ${server}/api/messages)`,
        `  Config: ${file.startsWith(root) ? path.relative(root, file) : file} — you are Salma Exemple (secrétariat);`,
        '  type « composition » or « aide » in Personal Chat. Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
  }
}

if (isEntryPoint(import.meta.url)) void main();
