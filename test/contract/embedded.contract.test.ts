import { openEmbeddedPorts } from '../../embedded/index.js';
import { manualClock, sequentialIds, temporaryDirectory } from '../support/fixtures.js';
import { auditLogContract } from './audit-log.suite.js';
import { documentsContract } from './documents.suite.js';
import type { PortsFactory } from './harness.js';
import { repositoryContract } from './repository.suite.js';

const embedded: PortsFactory = async () => {
  const dir = await temporaryDirectory();
  const ports = openEmbeddedPorts({
    dataDir: dir.path,
    clock: manualClock(),
    ids: sequentialIds(),
  });
  return {
    ports,
    cleanup: async () => {
      ports.close();
      await dir.remove();
    },
  };
};

repositoryContract('embedded (SQLite)', embedded);
documentsContract('embedded (files)', embedded);
auditLogContract('embedded (SQLite)', embedded);
