import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ports } from '../../core/ports/store.js';
import { resolveActor, type Actor } from '../../core/usecases/actor.js';
import {
  createDecision,
  openVote,
  recordConsensusExhausted,
} from '../../core/usecases/decisions/index.js';
import type { CalendarPort } from '../../core/ports/calendar.js';
import { createGraphClient, provisionSite } from '../../graph/index.js';
import { loadConfig, type Config } from '../../server/config.js';
import { openPorts } from '../../server/ports.js';
import { startServer } from '../../server/start.js';
import { createGraphFake } from '../../test/fakes/graph/index.js';
import { FakeGraphHttpHandler } from '../../test/fakes/graph/forwarding-middleware.js';
import { executeInvoke, postActivity } from './invoke.js';
import { seedCommittee, type BenchMember } from './seed.js';
import { percentile, runBounded } from './stats.js';
import { toMoroccoWallClock } from '../../core/time.js';

export type Adapter = 'embedded' | 'graph';
const CHOICES = ['yes', 'no', 'abstain'] as const;

export interface BurstResult {
  adapter: Adapter;
  members: number;
  requests: number;
  failed: number;
  lost: number;
  duplicates: number;
  p50: number;
  p99: number;
}

async function openVoteOn(ports: Ports, calendar: CalendarPort): Promise<string> {
  const app = {
    ...ports,
    calendar,
    notifier: { send: async () => ({ delivered: true as const }) },
  };
  const secretariat = (await resolveActor(ports, 'bench-oid-sec')) as Actor;
  const chair = (await resolveActor(ports, 'bench-oid-chair')) as Actor;
  const decision = await createDecision(app, secretariat, { text: 'Motion du banc d’essai' });
  if (!decision.ok) throw new Error('decision refused');
  const exhausted = await recordConsensusExhausted(app, chair, decision.value.id, {
    version: decision.value.version,
  });
  if (!exhausted.ok) throw new Error('exhaustion refused');
  // The API takes Morocco's wall clock (core/time.ts).
  const closesAt = toMoroccoWallClock(Date.now() + 3 * 3600_000).wallClock;
  const opened = await openVote(app, chair, decision.value.id, {
    version: exhausted.value.version,
    motion: 'Motion',
    closesAt,
  });
  if (!opened.ok || !opened.value.vote) throw new Error(`vote refused: ${JSON.stringify(opened)}`);
  return opened.value.vote.id;
}

/** A deterministic pseudo-random choice per member and round (repeatable runs). */
function choiceFor(index: number, round: number) {
  return CHOICES[(index * 7 + round * 3) % CHOICES.length] as (typeof CHOICES)[number];
}

/** The server the burst goes through: embedded wiring (anonymous bot on loopback) on `dataDir`. */
const serverConfig = (dataDir: string) =>
  loadConfig({
    COPIL_DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    COPIL_EXAMPLE: 'off',
    COPIL_TICK_SECONDS: '0',
  });

const BENCH_SITE_URL = 'https://bench.sharepoint.com/sites/copil';

/**
 * Microsoft 365 settings naming the Graph fake's committee site. The identifiers are fictional
 * and the credential is never used: the fake is reached with a fixed token.
 */
const fakeTenantConfig = (): Config =>
  loadConfig({
    COPIL_MODE: 'm365',
    GRAPH_SITE_URL: BENCH_SITE_URL,
    GRAPH_CALENDAR_MAILBOX: 'secretariat@bench.example.org',
    AAD_APP_CLIENT_ID: '00000000-0000-4000-8000-0000000000d1',
    AAD_APP_TENANT_ID: '00000000-0000-4000-8000-0000000000d2',
    AAD_APP_CLIENT_SECRET: 'unused-with-the-fake',
    TAB_DOMAIN: 'bench.example.org',
    BOT_ID: '00000000-0000-4000-8000-0000000000d3',
    BOT_PASSWORD: 'unused-with-the-fake',
  });

async function prepare(adapter: Adapter, members: number) {
  const dir = await mkdtemp(join(tmpdir(), 'ogp-copil-bench-'));
  const config = serverConfig(dir);
  if (adapter === 'embedded') {
    // Seeded through the same store the server then opens from the same configuration.
    const store = await openPorts(config);
    try {
      const list = await seedCommittee(store.ports, members);
      const voteId = await openVoteOn(store.ports, store.calendar);
      return {
        config,
        list,
        voteId,
        serverPorts: undefined,
        cleanup: async () => rm(dir, { recursive: true, force: true }),
      };
    } finally {
      store.close();
    }
  }
  const fake = await createGraphFake();
  fake.addSite({ hostname: 'bench.sharepoint.com', path: '/sites/copil' });
  const graph = {
    graphAuth: { getAccessToken: async () => 'bench-token' },
    graphTransport: new FakeGraphHttpHandler(fake),
  };
  await provisionSite(
    createGraphClient({ authProvider: graph.graphAuth, transport: graph.graphTransport }),
    BENCH_SITE_URL,
  );
  const store = await openPorts(fakeTenantConfig(), graph);
  const list = await seedCommittee(store.ports, members);
  const voteId = await openVoteOn(store.ports, store.calendar);
  return {
    config,
    list,
    voteId,
    // The embedded wiring on the Graph ports: the server neither opens nor closes them.
    serverPorts: store.ports,
    cleanup: async () => {
      if (fake.contractViolations.length > 0) {
        console.warn(`Graph fake: ${fake.contractViolations.length} contract violation(s)`);
      }
      await fake.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The vote burst: every member casts a ballot and changes it, each click sent twice at once,
 * through the real bot endpoint over loopback HTTP. Then the store is read back: every
 * member's last choice must be there once.
 */
export async function voteBurst(
  adapter: Adapter,
  members: number,
  concurrency: number,
): Promise<BurstResult> {
  const prepared = await prepare(adapter, members);
  const server = await startServer(
    prepared.config,
    prepared.serverPorts ? { ports: prepared.serverPorts } : {},
  );
  const endpoint = server.botEndpoint;
  const click = (member: BenchMember, index: number, round: number) => () =>
    postActivity(
      endpoint,
      executeInvoke({
        aadObjectId: member.aadObjectId,
        userIndex: index,
        verb: 'vote.cast',
        data: { voteId: prepared.voteId, choice: choiceFor(index, round) },
      }),
    );
  const durations: number[] = [];
  let failed = 0;
  try {
    for (const round of [0, 1]) {
      // Each click twice (a double click), all members at once.
      const tasks = prepared.list.flatMap((m, i) => [click(m, i, round), click(m, i, round)]);
      const run = await runBounded(tasks, concurrency);
      durations.push(...run.durations);
      failed += run.results.filter((r) => r.status === 'rejected').length;
    }
    const ballots = (await server.ports.ballots.findBy('voteId', prepared.voteId)).map(
      (b) => b.value,
    );
    const byMember = new Map<string, number>();
    for (const b of ballots)
      byMember.set(`${b.seatId}:${b.voter}`, (byMember.get(`${b.seatId}:${b.voter}`) ?? 0) + 1);
    let lost = 0;
    prepared.list.forEach((m, i) => {
      const stored = ballots.find((b) => b.seatId === m.seatId && b.voter === m.role);
      if (!stored || stored.choice !== choiceFor(i, 1)) lost += 1;
    });
    const audit = await server.ports.auditLog.read();
    const casts = new Map<string, number>();
    for (const e of audit)
      if (e.action === 'BallotCast') casts.set(e.subject.id, (casts.get(e.subject.id) ?? 0) + 1);
    const duplicates =
      [...byMember.values()].reduce((sum, n) => sum + (n - 1), 0) +
      [...casts.values()].reduce((sum, n) => sum + (n - 1), 0);
    return {
      adapter,
      members,
      requests: durations.length,
      failed,
      lost,
      duplicates,
      p50: percentile(durations, 50),
      p99: percentile(durations, 99),
    };
  } finally {
    await server.close();
    await prepared.cleanup();
  }
}
