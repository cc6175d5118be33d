import type { Locale } from '../../model/keys.ts';

/**
 * What the demo's synthetic people type into the comment box, in their own
 * language: sample input standing in for real people's words, so a demo
 * leader has comments to read. Not the bot's words (those live in
 * src/messages/i18n).
 */
const DEMO_COMMENTS: Readonly<Record<Locale, readonly string[]>> = {
  en: [
    'The new handover checklist saves me a lot of back and forth.',
    'We hear about customer complaints too late to do anything about them.',
    'Thanks for making time in the stand-up for ideas.',
    'I would like to see what happens with the ideas we raise.',
    'Too many interruptions to help customers properly.',
    'Good to hear customer feedback in the team meeting.',
    'The tools for looking up orders are slow and it shows to customers.',
    'I feel I can make a decision for a customer without asking first.',
    'Not clear who owns a problem once it leaves our team.',
    'Learning from other teams would help us.',
  ],
  nl: [
    'De nieuwe overdrachtslijst scheelt me veel heen-en-weer.',
    'We horen klachten van klanten te laat om er nog iets mee te doen.',
    'Fijn dat er in het overleg tijd is voor ideeën.',
    'Ik wil graag zien wat er met onze ideeën gebeurt.',
    'Te veel onderbrekingen om klanten goed te helpen.',
    'Goed om in het teamoverleg te horen wat klanten zeggen.',
    'Het systeem om bestellingen op te zoeken is traag, en dat merken klanten.',
    'Ik durf voor een klant een beslissing te nemen zonder eerst te vragen.',
    'Het is niet duidelijk wie een probleem oppakt als het ons team verlaat.',
    'We kunnen meer leren van andere teams.',
  ],
};

/** The chance that a demo person who answered a card also leaves a comment. */
const COMMENT_CHANCE = 0.35;

/** A demo comment in `locale` for a person who answered, or null when they leave none this time. */
export function demoComment(locale: Locale, random: () => number): string | null {
  if (random() >= COMMENT_CHANCE) return null;
  const texts = DEMO_COMMENTS[locale];
  return texts[Math.floor(random() * texts.length)] ?? null;
}
