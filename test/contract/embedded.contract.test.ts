import { openEmbeddedPorts } from '../../embedded/index.js';
import { manualClock, sequentialIds, temporaryDirectory } from '../support/fixtures.js';
import { auditLogContract } from './audit-log.suite.js';
import { directoryContract, type DirectoryFactory } from './directory.suite.js';
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

const embeddedDirectory: DirectoryFactory = async () => {
  const { ports, cleanup } = await embedded();
  let n = 0;
  return {
    directory: ports.directory,
    // Embedded mode's accounts are the register's people.
    seed: async ({ email, displayName, guest }) => {
      n += 1;
      const person = {
        id: `p${n}`,
        aadObjectId: `local-${n}`,
        displayName,
        email,
        roles: [],
        guest,
        example: false,
      };
      await ports.people.create(person);
      return person.aadObjectId;
    },
    cleanup,
  };
};
directoryContract('embedded (the register)', embeddedDirectory);
