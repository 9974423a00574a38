import { ConfigError, describeConfig, loadConfig } from './config.js';
import { startServer } from './start.js';

/** `npm start`: parse the environment once, start, print where to go, stop cleanly. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const server = await startServer(config);
  const modes = describeConfig(config);
  console.log(
    [
      '',
      `  ogp-copil is running — ${server.url}/`,
      `  mode: ${modes.mode} · store: ${modes.store} · sign-in: ${modes.signIn} · bot: ${modes.bot}`,
      `  bot endpoint: ${server.url}/api/messages (npm run playground to chat with it)`,
      '',
    ].join('\n'),
  );
  const stop = async (signal: string) => {
    server.logger.info({ signal }, 'stopping');
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

void main();
