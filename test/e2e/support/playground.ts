import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  playgroundCommand,
  waitUntilAnswering,
  writePlaygroundConfig,
  type PlaygroundConfig,
} from '../../../scripts/playground.js';

/** A port nobody listens on right now (the OS picks it; we release it for the child). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningPlayground {
  url: string;
  port: number;
  /** The Playground's own log, where it says why it refused a config. */
  log(): string;
  close(): Promise<void>;
}

/**
 * Starts the Microsoft 365 Agents Playground (the package's binary, no browser, no telemetry)
 * in `dir` with `config`, against the bot `endpoint`, and waits until it answers its ping.
 */
export async function startPlayground(options: {
  dir: string;
  config: PlaygroundConfig;
  endpoint: string;
  port?: number;
}): Promise<RunningPlayground> {
  writePlaygroundConfig(options.dir, options.config);
  const port = options.port ?? (await freePort());
  const launch = playgroundCommand({ endpoint: options.endpoint, port, cwd: options.dir });
  const child: ChildProcess = spawn(launch.command, launch.args, {
    ...launch.options,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => {
    try {
      return readFileSync(path.join(options.dir, 'devTools', 'm365agentsplayground.log'), 'utf8');
    } catch {
      return output;
    }
  };
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const url = `http://localhost:${port}`;
  if (!(await waitUntilAnswering(`${url}/_debug/ping`, 20_000)) || child.exitCode !== null) {
    await close();
    throw new Error(`the Playground did not start on ${url}:\n${output}\n${log()}`);
  }
  return { url, port, log, close };
}

/**
 * Acting as another configured user: the Playground's UI has no user switcher, but the bot
 * learns who acts from `from.id` in what the UI posts to `/_conversation/v1/…`; rewriting it
 * makes the click or message arrive as that user (PLAYGROUND_NOTES.md). Returns the switch:
 * a user id (`29:…`) to act as, or undefined to act as the current user again.
 */
export async function actAs(page: Page): Promise<(userId: string | undefined) => void> {
  let actor: string | undefined;
  await page.route(
    (url) => url.pathname.startsWith('/_conversation/v1/'),
    async (route) => {
      const request = route.request();
      const body = request.postData();
      if (!actor || request.method() !== 'POST' || !body) return route.continue();
      const activity = JSON.parse(body) as { from?: { id?: string } };
      return route.continue({
        postData: JSON.stringify({ ...activity, from: { ...activity.from, id: actor } }),
      });
    },
  );
  return (userId) => {
    actor = userId;
  };
}
