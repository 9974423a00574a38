// `npm start`: builds only the parts that are missing or stale (scripts/build-state.mjs), then
// runs the built server in this very process. Plain JavaScript, so that it runs at once.
import { spawnSync } from 'node:child_process';
import { BUILD_PARTS, staleParts } from './build-state.mjs';

for (const { part, reason } of staleParts(process.cwd(), BUILD_PARTS)) {
  console.log(`building the ${part.name} (${reason}) …`);
  const built = spawnSync('npm', ['run', part.script, '--silent'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

await import('../dist/node/server/main.js');
