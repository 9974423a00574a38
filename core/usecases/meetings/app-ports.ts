import type { CalendarPort } from '../../ports/calendar.js';
import type { Notifier } from '../../ports/notifier.js';
import type { Ports } from '../../ports/store.js';

/** The ports of the meetings workflow: storage, plus the calendar and the Teams notifier. */
export type AppPorts = Ports & { calendar: CalendarPort; notifier: Notifier };
