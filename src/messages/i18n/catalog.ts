import type { en } from './en.ts';

/** Every UI string key; English defines the set. */
export type MessageKey = keyof typeof en;

/** A complete translation: one string per key, no more, no less. */
export type Catalog = Readonly<Record<MessageKey, string>>;

/** Keys that come as a `.one` / `.other` pair, named without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;
