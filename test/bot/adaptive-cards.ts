import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface ValidationEvent {
  phase: number;
  event: number;
  message: string;
}
interface SerializationContext {
  eventCount: number;
  getEventAt(index: number): ValidationEvent;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => { parse(json: unknown, context: SerializationContext): void };
  SerializationContext: new (version: unknown) => SerializationContext;
  Versions: { v1_5: unknown };
}

// The package's main entry is ESM without file extensions (Node cannot load it): use the UMD bundle.
const AC = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

/** Parses a card as a 1.5 client would and returns every validation event (none expected). */
export function validationEvents(card: unknown): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  new AC.AdaptiveCard().parse(card, context);
  return Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
}

/** Every `text`, `title` and `value` string in a card, for content assertions. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title', 'value'].includes(key)) out.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return out;
}

export const byteSize = (card: unknown) => Buffer.byteLength(JSON.stringify(card), 'utf8');
