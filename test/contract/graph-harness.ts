import { createGraphClient, openGraphPorts, provisionSite } from '../../graph/index.js';
import { createGraphFake, type GraphFake } from '../fakes/graph/index.js';
import { FakeGraphHttpHandler } from '../fakes/graph/forwarding-middleware.js';
import { manualClock, sequentialIds } from '../support/fixtures.js';
import { GraphDirectory } from '../../graph/directory.js';
import { newGuid } from '../fakes/graph/ids.js';
import type { DirectoryFactory } from './directory.suite.js';
import type { PortsFactory } from './harness.js';

export const SITE_URL = 'https://fake-tenant.sharepoint.com/sites/copil';

/** A Graph client wired as in production but for its last middleware, which reaches the fake. */
export function fakeClient(fake: GraphFake, options: { timeoutMs?: number } = {}) {
  return createGraphClient({
    authProvider: { getAccessToken: async () => 'fake-app-only-token' },
    transport: new FakeGraphHttpHandler(fake),
    timeoutMs: options.timeoutMs ?? 5_000,
  });
}

/**
 * The Graph adapter against the loopback fake: each factory call empties the fake, creates the
 * committee site, provisions it and opens the ports; cleanup fails the test if any request was
 * outside the OpenAPI contract.
 */
export function graphFactory(getFake: () => GraphFake): PortsFactory {
  return async () => {
    const fake = getFake();
    fake.reset();
    fake.addSite({ hostname: 'fake-tenant.sharepoint.com', path: '/sites/copil' });
    const client = fakeClient(fake);
    await provisionSite(client, SITE_URL);
    const ports = await openGraphPorts({
      client,
      siteUrl: SITE_URL,
      clock: manualClock(),
      ids: sequentialIds(),
    });
    return {
      ports,
      cleanup: async () => {
        fake.faults.clear();
        fake.assertNoContractViolations();
      },
    };
  };
}

/** The Graph directory against the fake's tenant (users and B2B invitations). */
export function graphDirectoryFactory(getFake: () => GraphFake): DirectoryFactory {
  return () => {
    const fake = getFake();
    fake.reset();
    return Promise.resolve({
      directory: new GraphDirectory(fakeClient(fake), 'https://copil.example.org'),
      seed: ({ email, displayName, guest }) => {
        const id = newGuid();
        fake.addUser({
          id,
          mail: email,
          displayName,
          ...(guest
            ? {
                userType: 'Guest' as const,
                userPrincipalName: `${email.replace('@', '_')}#EXT#@fake-tenant.onmicrosoft.com`,
              }
            : {}),
        });
        return Promise.resolve(id);
      },
      cleanup: () => {
        fake.assertNoContractViolations();
        return Promise.resolve();
      },
    });
  };
}

export async function startFake(pageSize = 50): Promise<GraphFake> {
  return createGraphFake({ pageSize });
}
