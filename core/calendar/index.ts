/** The Moroccan administrative calendar: holidays as data, Hijri estimates, business days. */
export * from './holiday-table.js';
export * from './hijri.js';
export * from './moroccan-calendar.js';
