import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

// The official renderer's bundle; parsing and validating a card needs no DOM.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** Every parse and validation event the official parser raises for a card. */
export function parserEvents(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i));
  events.push(...card.validateProperties().validationEvents);
  return events.map((event) => `${AC.ValidationEvent[event.event]}: ${event.message}`);
}
