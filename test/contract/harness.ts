import type { Ports } from '../../core/ports/store.js';

/** Builds a fresh, empty set of ports on one adapter; `cleanup` releases it. */
export type PortsFactory = () => Promise<{ ports: Ports; cleanup(): Promise<void> }>;
