import { afterAll, beforeAll } from 'vitest';
import type { GraphFake } from '../fakes/graph/index.js';
import { auditLogContract } from './audit-log.suite.js';
import { directoryContract } from './directory.suite.js';
import { documentsContract } from './documents.suite.js';
import { graphDirectoryFactory, graphFactory, startFake } from './graph-harness.js';
import { repositoryContract } from './repository.suite.js';

let fake: GraphFake;
beforeAll(async () => {
  fake = await startFake();
});
afterAll(async () => fake.close());

const graph = graphFactory(() => fake);
repositoryContract('graph (SharePoint lists via the fake)', graph);
documentsContract('graph (document library via the fake)', graph);
auditLogContract('graph (SharePoint list via the fake)', graph);
directoryContract(
  'graph (Entra users and invitations via the fake)',
  graphDirectoryFactory(() => fake),
);
