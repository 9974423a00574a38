import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANONICAL_SCHEMA_URLS, repoRoot } from '../../scripts/lib/teams-schemas.js';
import {
  checkLocalization,
  jsonStringEscape,
  loadEnv,
  placeholdersIn,
  substitute,
  validateLocalization,
  validateManifest,
} from '../../scripts/package-app.js';

const root = repoRoot();
const manifestDir = path.join(root, 'manifest');
const read = (file: string): string => readFileSync(path.join(manifestDir, file), 'utf8');

// processEnv {} keeps the shell's variables out: these tests see env/.env.local only.
const local = loadEnv('local', root, {});
const resolve = (template: string): Record<string, unknown> =>
  JSON.parse(substitute(template, local.vars, jsonStringEscape)) as Record<string, unknown>;

const template = read('manifest.json');
const manifest = resolve(template);
const languageFiles = ['ar.json', 'en.json'] as const;

interface Tab {
  entityId?: string;
  name?: string;
  contentUrl?: string;
  configurationUrl?: string;
  scopes?: string[];
  context?: string[];
}
interface Command {
  title: string;
  description?: string;
}
interface Bot {
  botId: string;
  scopes: string[];
  supportsFiles?: boolean;
  commandLists: { scopes: string[]; commands: Command[] }[];
}

describe('the Teams app manifest (manifest/manifest.json)', () => {
  it('validates against the 1.30 schema with zero errors once the example values are substituted', () => {
    expect(validateManifest(manifest).errors).toEqual([]);
  });

  it('declares manifestVersion 1.30 and the canonical 1.30 schema URL', () => {
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.$schema).toBe(CANONICAL_SCHEMA_URLS.manifest);
  });

  it('refers only to variables that env/.env.local defines', () => {
    const used = placeholdersIn([template, ...languageFiles.map(read)].join('\n'));
    expect(used.filter((name) => !(name in local.fileVars))).toEqual([]);
  });

  it('takes its ids, endpoints and name suffix from the environment', () => {
    expect(placeholdersIn(template).sort()).toEqual([
      'AAD_APP_CLIENT_ID',
      'APP_NAME_SUFFIX',
      'BOT_ID',
      'TAB_DOMAIN',
      'TAB_ENDPOINT',
      'TEAMS_APP_ID',
    ]);
    expect(manifest.id).toBe(local.vars.TEAMS_APP_ID);
  });

  it('opens the committee dashboard as a personal tab', () => {
    const tabs = manifest.staticTabs as Tab[];
    const dashboard = tabs.find((tab) => tab.entityId === 'dashboard');
    expect(dashboard).toMatchObject({
      contentUrl: `${local.vars.TAB_ENDPOINT}/dashboard`,
      scopes: ['personal'],
      context: ['personalTab'],
    });
  });

  it('offers a configurable tab in channels, chats and meetings, side panel and stage included', () => {
    const [tab, ...others] = manifest.configurableTabs as Tab[];
    expect(others).toEqual([]);
    expect(tab?.configurationUrl).toBe(`${local.vars.TAB_ENDPOINT}/config`);
    expect(tab?.scopes).toEqual(['team', 'groupChat']);
    expect(tab?.context).toEqual([
      'channelTab',
      'privateChatTab',
      'meetingChatTab',
      'meetingDetailsTab',
      'meetingSidePanel',
      'meetingStage',
    ]);
  });

  it('holds the delegated RSC permission that sharing the side panel to the stage needs', () => {
    const permissions = (
      manifest.authorization as {
        permissions: { resourceSpecific: { name: string; type: string }[] };
      }
    ).permissions.resourceSpecific;
    expect(permissions).toContainEqual({ name: 'MeetingStage.Write.Chat', type: 'Delegated' });
  });

  it('declares the bot in personal, team and group chats with help and composition commands, without files', () => {
    const [bot, ...others] = manifest.bots as Bot[];
    expect(others).toEqual([]);
    expect(bot?.botId).toBe(local.vars.BOT_ID);
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot?.supportsFiles).toBe(false);
    expect(bot?.commandLists.flatMap((list) => list.scopes).sort()).toEqual([
      'groupChat',
      'personal',
      'team',
    ]);
    for (const list of bot?.commandLists ?? []) {
      expect(list.commands.map((command) => command.title)).toEqual(['aide', 'composition']);
    }
  });

  it('asks Teams SSO for a token whose resource is api://<tab domain>/<client id>', () => {
    const clientId = local.vars.AAD_APP_CLIENT_ID;
    expect(manifest.webApplicationInfo).toEqual({
      id: clientId,
      resource: `api://${local.vars.TAB_DOMAIN}/${clientId}`,
    });
    expect(manifest.validDomains).toEqual([local.vars.TAB_DOMAIN]);
  });

  it('keeps French as the default language, with Arabic and English files next to it', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'fr',
      additionalLanguages: [
        { languageTag: 'ar', file: 'ar.json' },
        { languageTag: 'en', file: 'en.json' },
      ],
    });
  });
});

describe('the language files', () => {
  it.each(languageFiles)('%s validates against the 1.30 localization schema', (file) => {
    const strings = resolve(read(file));
    expect(strings.$schema).toBe(CANONICAL_SCHEMA_URLS.localization);
    expect(validateLocalization(strings).errors).toEqual([]);
  });

  it.each(languageFiles)(
    '%s translates every string the manifest sets, and nothing else',
    (file) => {
      expect(checkLocalization(manifest, resolve(read(file)))).toEqual({
        unknownKeys: [],
        untranslated: [],
      });
    },
  );

  it('flags a key that names nothing in the manifest', () => {
    const strings = { 'name.short': 'x', 'staticTabs[7].name': 'Nowhere' };
    expect(checkLocalization(manifest, strings).unknownKeys).toEqual(['staticTabs[7].name']);
  });

  it('flags a string left in the default language', () => {
    const { untranslated } = checkLocalization(manifest, { 'name.short': 'x' });
    expect(untranslated).toContain('staticTabs[0].name');
    expect(untranslated).toContain('bots[0].commandLists[1].commands[1].title');
  });
});
