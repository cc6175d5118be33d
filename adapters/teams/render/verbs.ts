import { z } from 'zod';

/**
 * The `Action.Execute` verbs the Teams cards carry and the bot handles: one
 * place, so a card can never offer a tap that nothing answers. What a tap
 * means travels in the action's `data`, shaped like the values of the Slack
 * buttons (`adapters/slack/render/action-ids.ts`).
 */
export const VERB = {
  answer: 'pulse.answer',
  comment: 'pulse.comment',
  nudgeDidThis: 'nudge.did-this',
  nudgeNotForUs: 'nudge.not-for-us',
  erase: 'rights.erase',
  relayReply: 'relay.reply',
  relayAnswer: 'relay.answer',
  actionForm: 'action.form',
  actionCreate: 'action.create',
  actionDone: 'action.done',
  actionWorking: 'action.working',
} as const;

export type Verb = (typeof VERB)[keyof typeof VERB];

export const HANDLED_VERBS: ReadonlySet<string> = new Set<string>(Object.values(VERB));

/** The id of the comment box; Teams adds its value to the data of the comment tap under this name. */
export const COMMENT_INPUT_ID = 'comment';

/** The ids of the action form's inputs; Teams adds their values to the data of its "create" tap. */
export const ACTION_FORM_INPUT = {
  title: 'actionTitle',
  target: 'actionTarget',
  owner: 'actionOwner',
  due: 'actionDue',
} as const;

/** An action's title is cut to this by the use case; the input stops there too. */
export const ACTION_TITLE_MAX_LENGTH = 200;

/** Comments longer than this are refused by the input itself. */
export const COMMENT_MAX_LENGTH = 2000;

/** The id of the comment card's "Allow replies" toggle: `true` or `false` in the comment tap's data. */
export const ALLOW_REPLIES_INPUT_ID = 'allowReplies';

/**
 * The id of a relay text box: `relay` on a relayed message, `relay-<n>` under
 * the n-th comment of a report (every box of a card is sent with each tap, so
 * the tap names its own in `n`).
 */
export function relayInputId(index?: number): string {
  return index === undefined ? 'relay' : `relay-${index}`;
}

const relayTap = z
  .object({ i: z.string().min(1).max(200), n: z.string().regex(/^relay(-\d{1,2})?$/) })
  .catchall(z.string().max(COMMENT_MAX_LENGTH));

const token = z.string().min(1).max(500);

/**
 * The data each verb's tap carries. An answer: the ledger token, the
 * statement and the value (null is "don't know"). A comment: the token and
 * the text from the comment box. Nudge feedback: the post id. Erasure: the
 * id of the person to erase (checked again against who taps). A reply or
 * answer about a comment: the opaque id `i` and the name `n` of its text box. The
 * action form: the nudge's post id (or, without a nudge, the team id), and once filled in, its inputs. An action's
 * check-in: the action id. Settings have no buttons in Teams: a person types them to the bot (`commands.ts`).
 */
export const VERB_DATA = {
  [VERB.answer]: z.object({
    t: token,
    s: z.string().min(1).max(500),
    v: z.number().int().min(0).max(10).nullable(),
  }),
  [VERB.comment]: z.object({
    t: token,
    [COMMENT_INPUT_ID]: z.string().max(COMMENT_MAX_LENGTH).optional(),
    [ALLOW_REPLIES_INPUT_ID]: z.enum(['true', 'false']).optional(),
  }),
  [VERB.nudgeDidThis]: z.object({ p: z.string().min(1).max(200) }),
  [VERB.nudgeNotForUs]: z.object({ p: z.string().min(1).max(200) }),
  [VERB.erase]: z.object({ p: z.string().min(1).max(200) }),
  [VERB.relayReply]: relayTap,
  [VERB.relayAnswer]: relayTap,
  [VERB.actionForm]: z.object({ p: z.string().min(1).max(200) }),
  [VERB.actionCreate]: z
    .object({
      p: z.string().min(1).max(200).optional(),
      team: z.string().min(1).max(200).optional(),
      [ACTION_FORM_INPUT.target]: z.string().max(200).optional(),
      [ACTION_FORM_INPUT.title]: z.string().max(ACTION_TITLE_MAX_LENGTH).optional(),
      [ACTION_FORM_INPUT.owner]: z.string().max(200).optional(),
      [ACTION_FORM_INPUT.due]: z.string().max(20).optional(),
    })
    // From a nudge or, without one, for a team: a tap naming neither is forged.
    .refine((data) => data.p !== undefined || data.team !== undefined),
  [VERB.actionDone]: z.object({ a: z.string().min(1).max(200) }),
  [VERB.actionWorking]: z.object({ a: z.string().min(1).max(200) }),
} as const satisfies Record<Verb, z.ZodType>;

export type VerbData<V extends Verb> = z.infer<(typeof VERB_DATA)[V]>;

/** One tap as the bot receives it; anything malformed or forged gives undefined. */
export type ExecuteTap = { [V in Verb]: { readonly verb: V; readonly data: VerbData<V> } }[Verb];

export function parseExecuteTap(verb: unknown, data: unknown): ExecuteTap | undefined {
  if (typeof verb !== 'string' || !HANDLED_VERBS.has(verb)) return undefined;
  const parsed = VERB_DATA[verb as Verb].safeParse(data);
  return parsed.success ? ({ verb, data: parsed.data } as ExecuteTap) : undefined;
}
