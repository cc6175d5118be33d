import type { en } from './en.ts';

/** Every UI string key; English defines the set. */
export type MessageKey = keyof typeof en;

/** A complete translation: one string per key, no more, no less. */
export type Catalog = Readonly<Record<MessageKey, string>>;

/** Keys that come as a `.one` / `.other` pair, named without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** One area's words in another language: exactly the keys of the English area, so none is missed or added. */
export type AreaCatalog<Area> = Readonly<Record<keyof Area, string>>;
