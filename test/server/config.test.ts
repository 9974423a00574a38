import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('server configuration', () => {
  it('runs on the embedded default with no environment at all', () => {
    expect(loadConfig({})).toMatchObject({
      COPIL_MODE: 'embedded',
      HOST: '127.0.0.1',
      PORT: 3978,
      COPIL_DATA_DIR: './data',
    });
  });

  it('lists every missing or bad key at once', () => {
    try {
      loadConfig({ COPIL_MODE: 'm365', PORT: 'eighty', BOT_ID: 'not-a-guid' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const key of [
        'PORT',
        'BOT_ID',
        'AAD_APP_CLIENT_ID',
        'AAD_APP_TENANT_ID',
        'TAB_DOMAIN',
      ]) {
        expect(problems).toContain(key);
      }
    }
  });

  it('refuses to serve the password-less embedded sign-in on a network address', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST: embedded mode/);
  });

  it('requires the bot password with a bot id', () => {
    expect(() => loadConfig({ BOT_ID: '11111111-1111-4111-8111-111111111111' })).toThrow(
      /BOT_PASSWORD/,
    );
  });
});
