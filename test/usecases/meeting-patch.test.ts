import { afterAll, beforeAll } from 'vitest';
import type { Actor } from '../../core/usecases/actor.js';
import { resolveActor } from '../../core/usecases/actor.js';
import { getMeeting, scheduleMeeting, updateMeeting } from '../../core/usecases/meetings/index.js';
import { uploadDocument } from '../../core/usecases/register/documents.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { meetingPatchSuite, type PatchDriver } from '../support/meeting-patch.suite.js';
import { value } from '../support/fixtures.js';

let env: Awaited<ReturnType<typeof exampleAppPorts>>;
let secretariat: Actor;

beforeAll(async () => {
  env = await exampleAppPorts('2026-03-01T09:00:00Z');
  secretariat = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
});
afterAll(async () => env.close());

const driver = (): PatchDriver => ({
  schedule: async (body) => value(await scheduleMeeting(env.app, secretariat, body)),
  update: async (id, body) => {
    const outcome = await updateMeeting(env.app, secretariat, id, body);
    if (outcome.ok) return { ok: true, value: outcome.value };
    const reason =
      outcome.reason === 'invalid' || outcome.reason === 'conflict' ? outcome.reason : 'other';
    return { ok: false, reason, body: outcome };
  },
  get: async (id) => value(await getMeeting(env.app, secretariat, id)),
  uploadAgendaDocument: async (name) =>
    value(
      await uploadDocument(env.app, secretariat, {
        name,
        contentType: 'application/pdf',
        purpose: 'agenda-document',
        bytes: new TextEncoder().encode('%PDF-1.4\n% agenda\n%%EOF\n'),
      }),
    ).id,
});

meetingPatchSuite('use case, embedded store', driver);
