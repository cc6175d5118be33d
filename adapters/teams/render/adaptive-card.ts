import type { Verb } from './verbs.ts';

/**
 * The part of the Adaptive Card 1.5 schema the bot writes, as plain wire
 * types (https://adaptivecards.io/explorer/). Cards stay JSON values: the
 * renderers return them as they go on the wire, and tests parse them with
 * the official `adaptivecards` package.
 */
export const CARD_VERSION = '1.5';
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export interface TextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap: true;
  readonly size?: 'Small' | 'Medium' | 'Large';
  readonly weight?: 'Bolder';
  readonly isSubtle?: true;
  readonly color?: 'Good' | 'Warning' | 'Attention' | 'Accent';
  readonly spacing?: 'None' | 'Small' | 'Medium' | 'Large';
  readonly separator?: true;
  readonly style?: 'heading';
}

/** Text that is never read as markdown: what people wrote (comments) goes here. */
export interface RichTextBlock {
  readonly type: 'RichTextBlock';
  readonly inlines: readonly { readonly type: 'TextRun'; readonly text: string; readonly italic?: true }[];
}

export interface FactSet {
  readonly type: 'FactSet';
  readonly facts: readonly { readonly title: string; readonly value: string }[];
}

export interface Container {
  readonly type: 'Container';
  readonly items: readonly CardElement[];
  readonly style?: 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  readonly separator?: true;
  readonly spacing?: 'Medium' | 'Large';
}

export interface TableCell {
  readonly type: 'TableCell';
  readonly items: readonly CardElement[];
}

export interface Table {
  readonly type: 'Table';
  readonly columns: readonly { readonly width: number }[];
  readonly rows: readonly { readonly type: 'TableRow'; readonly cells: readonly TableCell[] }[];
  readonly firstRowAsHeader: boolean;
  readonly showGridLines: boolean;
}

export interface TextInput {
  readonly type: 'Input.Text';
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
  readonly isMultiline: true;
  readonly maxLength: number;
}

/** One line of text, filled in already (an action's title). */
export interface LineInput {
  readonly type: 'Input.Text';
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly maxLength: number;
}

/** A pick from a list; `filtered` lets a person type to find a name in a long one. */
export interface ChoiceSetInput {
  readonly type: 'Input.ChoiceSet';
  readonly id: string;
  readonly label: string;
  readonly style: 'compact' | 'filtered';
  readonly choices: readonly { readonly title: string; readonly value: string }[];
  readonly value?: string;
}

/** A date picker; Teams sends its value as YYYY-MM-DD. */
export interface DateInput {
  readonly type: 'Input.Date';
  readonly id: string;
  readonly label: string;
  readonly value: string;
}

/** A checkbox; Teams adds its value (`valueOn` or `valueOff`) to a tap's data under its id. */
export interface ToggleInput {
  readonly type: 'Input.Toggle';
  readonly id: string;
  readonly title: string;
  readonly valueOn: 'true';
  readonly valueOff: 'false';
}

export interface ExecuteAction {
  readonly type: 'Action.Execute';
  readonly title: string;
  readonly verb: Verb;
  readonly data: Readonly<Record<string, unknown>>;
  readonly style?: 'positive';
  /** `none` keeps the comment box out of an answer tap. */
  readonly associatedInputs?: 'none';
}

export interface OpenUrlAction {
  readonly type: 'Action.OpenUrl';
  readonly title: string;
  readonly url: string;
}

export type CardAction = ExecuteAction | OpenUrlAction;

export interface ActionSet {
  readonly type: 'ActionSet';
  readonly actions: readonly CardAction[];
}

export type CardElement =
  | TextBlock
  | RichTextBlock
  | FactSet
  | Container
  | Table
  | TextInput
  | LineInput
  | ChoiceSetInput
  | DateInput
  | ToggleInput
  | ActionSet;

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: typeof CARD_SCHEMA;
  readonly version: typeof CARD_VERSION;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  /** What Teams shows in a notification and reads out where the card cannot be shown. */
  readonly fallbackText: string;
  /** Reports use the full width of the chat, so their figures are not squeezed. */
  readonly msteams?: { readonly width: 'Full' };
}

/** The most actions the renderers put side by side: Teams' host config and the parser's default agree on five. */
export const MAX_ACTIONS_PER_SET = 5;

export function card(
  body: readonly CardElement[],
  fallbackText: string,
  options: { readonly actions?: readonly CardAction[]; readonly fullWidth?: boolean } = {},
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: CARD_VERSION,
    body,
    ...(options.actions && options.actions.length > 0 ? { actions: options.actions } : {}),
    fallbackText,
    ...(options.fullWidth ? { msteams: { width: 'Full' as const } } : {}),
  };
}

export function text(value: string, options: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

export function heading(value: string, size: 'Medium' | 'Large' = 'Medium'): TextBlock {
  return text(value, { size, weight: 'Bolder', style: 'heading' });
}

export function subtle(value: string): TextBlock {
  return text(value, { isSubtle: true, size: 'Small', spacing: 'Small' });
}

export function facts(rows: readonly (readonly [string, string])[]): FactSet {
  return { type: 'FactSet', facts: rows.map(([title, value]) => ({ title, value })) };
}

export function actionSet(actions: readonly CardAction[]): ActionSet {
  return { type: 'ActionSet', actions };
}

export function openUrl(title: string, url: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url };
}

/**
 * A heading and its rows as one container with a line above it, left out
 * when there are no rows (as in the Slack report).
 */
export function section(title: string, rows: readonly CardElement[]): Container[] {
  if (rows.length === 0) return [];
  return [{ type: 'Container', separator: true, spacing: 'Medium', items: [heading(title), ...rows] }];
}

/** A closing line set apart by a rule, such as a report's privacy note. */
export function footer(value: string): Container {
  return { type: 'Container', separator: true, spacing: 'Medium', items: [subtle(value)] };
}

export { balancedRows, truncate } from '../../../src/messages/layout.ts';
