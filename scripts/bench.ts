import { mkdir, writeFile } from 'node:fs/promises';
import { startBaselineBot } from '../bot/baseline-bot.js';
import { executeInvoke, postActivity } from './bench/invoke.js';
import { percentile, runBounded } from './bench/stats.js';
import { voteBurst, type Adapter, type BurstResult } from './bench/vote-burst.js';

/**
 * `npm run bench` — a benchmark, not a test. The vote burst (issue "Decisions and votes"):
 * N members casting and changing ballots concurrently through the real bot endpoint, with
 * duplicate clicks, on the embedded store and on the Graph fake; reported as ballots lost and
 * duplicated (both must be 0), p50/p99 latency, and the ratio of its p50 to a bare botbuilder
 * handler answering the same invoke with a static card, measured in the same run.
 * Options: BENCH_SIZES=40,200,1000  BENCH_ADAPTERS=embedded,graph  BENCH_CONCURRENCY=32
 */
const sizes = (process.env.BENCH_SIZES ?? '40,200,1000').split(',').map(Number);
const adapters = (process.env.BENCH_ADAPTERS ?? 'embedded,graph').split(',') as Adapter[];
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);

async function baselineP50(requests: number): Promise<number> {
  const baseline = await startBaselineBot();
  try {
    const tasks = Array.from(
      { length: requests },
      (_, i) => () =>
        postActivity(
          baseline.endpoint,
          executeInvoke({
            aadObjectId: `baseline-${i}`,
            userIndex: i,
            verb: 'vote.cast',
            data: { choice: 'yes' },
          }),
        ),
    );
    await runBounded(tasks.slice(0, Math.min(200, requests)), concurrency); // warm-up
    const run = await runBounded(tasks, concurrency);
    return percentile(run.durations, 50);
  } finally {
    await baseline.close();
  }
}

const rows: (BurstResult & { baselineP50: number; ratio: number })[] = [];
for (const adapter of adapters) {
  for (const members of sizes) {
    process.stdout.write(`vote burst: ${adapter}, ${members} members… `);
    const burst = await voteBurst(adapter, members, concurrency);
    const base = await baselineP50(burst.requests);
    const row = { ...burst, baselineP50: base, ratio: burst.p50 / base };
    rows.push(row);
    console.log(`done (${row.requests} requests)`);
  }
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
console.log(
  '\nVote burst (each member casts then changes a ballot, every click sent twice at once)',
);
console.log(
  `concurrency ${concurrency}; latency in ms; ratio = p50 / p50 of a bare botbuilder handler with a static card\n`,
);
console.log(
  'adapter   members  requests  failed  lost  duplicates   p50     p99    baseline p50  ratio',
);
for (const r of rows) {
  console.log(
    `${r.adapter.padEnd(9)} ${String(r.members).padStart(7)}  ${String(r.requests).padStart(8)}  ${String(r.failed).padStart(6)}  ${String(r.lost).padStart(4)}  ${String(r.duplicates).padStart(10)}  ${fmt(r.p50).padStart(6)}  ${fmt(r.p99).padStart(6)}  ${fmt(r.baselineP50).padStart(12)}  ${fmt(r.ratio).padStart(5)}×`,
  );
}
await mkdir('reports', { recursive: true });
await writeFile('reports/bench.json', JSON.stringify({ concurrency, rows }, null, 2));
const bad = rows.filter((r) => r.lost > 0 || r.duplicates > 0);
if (bad.length > 0) {
  console.error(`\n${bad.length} run(s) lost or duplicated ballots.`);
  process.exitCode = 1;
}
