import { resolve } from 'node:path';
import type { CalendarPort } from '../core/ports/calendar.js';
import type { Clock, IdGenerator } from '../core/ports/clock.js';
import type { Ports } from '../core/ports/store.js';
import { EmbeddedCalendar } from '../embedded/calendar.js';
import { openEmbeddedPorts } from '../embedded/index.js';
import { GraphCalendar } from '../graph/calendar.js';
import type { AuthenticationProvider, Middleware } from '../graph/client.js';
import { graphAuthProvider } from '../graph/credentials.js';
import { createGraphClient, openGraphPorts } from '../graph/index.js';
import { graphCredentialSettings, type Config } from './config.js';
import { randomIds, systemClock } from './system.js';

/** What a caller may set besides the configuration; the entry points set none. */
export interface PortsOptions {
  /** The clock of every port (tests: a clock they move by hand). Default: the system clock. */
  clock?: Clock;
  /** Record ids. Default: random UUIDs. */
  ids?: IdGenerator;
  /** The Graph client's last middleware (tests, the benchmark: the loopback Graph fake). */
  graphTransport?: Middleware;
  /** Graph authentication (tests, the benchmark: a fixed token, so nothing asks Entra ID). */
  graphAuth?: AuthenticationProvider;
  /**
   * Store ports the caller already opened, used instead of opening the configured store (the
   * benchmark runs the embedded wiring on Graph ports through the fake). They stay the
   * caller's: `close` leaves them open.
   */
  ports?: Ports;
}

/** The configured mode's adapters. */
export interface OpenedPorts {
  /** The store: records, documents, the audit log, the directory. */
  ports: Ports;
  /** The calendar: events in the store with an ICS feed (embedded), or Outlook (Microsoft 365). */
  calendar: CalendarPort;
  /** Where the records are, for messages: the data folder or the committee site. */
  where: string;
  /** Releases what was opened here (the SQLite database); Graph holds nothing open. */
  close(): void;
}

/**
 * The one place where the configuration's mode becomes adapters (ARCHITECTURE.md, "One
 * factory"): the embedded store (SQLite and files under COPIL_DATA_DIR) or Microsoft 365
 * (SharePoint lists and library on GRAPH_SITE_URL, Outlook in GRAPH_CALENDAR_MAILBOX). Used by
 * the server, `npm run audit:verify`, the Playground script and the benchmark.
 */
export async function openPorts(config: Config, options: PortsOptions = {}): Promise<OpenedPorts> {
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const given = options.ports;
  if (config.COPIL_MODE === 'embedded') {
    const dataDir = resolve(config.COPIL_DATA_DIR);
    const calendar = new EmbeddedCalendar();
    if (given) return { ports: given, calendar, where: dataDir, close: () => {} };
    const ports = openEmbeddedPorts({ dataDir, clock, ids });
    return { ports, calendar, where: dataDir, close: () => ports.close() };
  }
  const client = createGraphClient({
    authProvider:
      options.graphAuth ??
      graphAuthProvider(graphCredentialSettings(config), config.GRAPH_ENDPOINT),
    endpoint: config.GRAPH_ENDPOINT,
    ...(options.graphTransport ? { transport: options.graphTransport } : {}),
  });
  const siteUrl = config.GRAPH_SITE_URL;
  const ports =
    given ??
    (await openGraphPorts({
      client,
      siteUrl,
      clock,
      ids,
      // An invited guest lands on the app after redeeming the invitation.
      ...(config.TAB_DOMAIN ? { inviteRedirectUrl: `https://${config.TAB_DOMAIN}` } : {}),
    }));
  const calendar = new GraphCalendar(
    client,
    config.GRAPH_CALENDAR_MAILBOX,
    config.COPIL_OUTLOOK_CATEGORY,
    () => clock.now(),
  );
  return { ports, calendar, where: siteUrl, close: () => {} };
}
