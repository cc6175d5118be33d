/**
 * What a person can type to the bot in Teams: the same commands as Slack's
 * `/pulse …`, without the slash. Each names where Teams offers it in the
 * bot's command menu (`commandLists` in manifest/teams/manifest.json, whose
 * titles a test holds equal to this list): everything in the 1:1 chat, and in
 * a team's channel only what is not about one person, because everyone in the
 * channel sees the answer. Teams shows at most ten commands in a list, so
 * `erase` is typed only (`menu: false`): it asks for a confirmation anyway,
 * and a destructive step is better not one tap away.
 */
export const TEAMS_COMMANDS = [
  { name: 'help', scopes: ['personal', 'team'] },
  { name: 'report', scopes: ['personal'] },
  { name: 'settings', scopes: ['personal'] },
  { name: 'hours', scopes: ['personal'] },
  { name: 'pause', scopes: ['personal'] },
  { name: 'resume', scopes: ['personal'] },
  { name: 'language', scopes: ['personal'] },
  { name: 'privacy', scopes: ['personal', 'team'] },
  { name: 'export', scopes: ['personal'] },
  { name: 'erase', scopes: ['personal'], menu: false },
  { name: 'dashboard', scopes: ['personal'] },
  // An admin's link to the admin page; typed only, as the menu is full and few people are admins.
  { name: 'admin', scopes: ['personal'], menu: false },
  // A leader's action from a weak element without a nudge: the form comes to the 1:1 chat.
  { name: 'action', scopes: ['personal'], menu: false },
] as const satisfies readonly { name: string; scopes: readonly CommandScope[]; menu?: false }[];

export type CommandScope = 'personal' | 'team';
export type TeamsCommandName = (typeof TEAMS_COMMANDS)[number]['name'];

/** The command names a person can type in a scope, in menu order. */
export function commandNames(scope: CommandScope): TeamsCommandName[] {
  return TEAMS_COMMANDS.filter((command) => (command.scopes as readonly CommandScope[]).includes(scope)).map(
    (command) => command.name,
  );
}

/** The command names the manifest's menu offers in a scope (at most ten, Teams' limit). */
export function menuNames(scope: CommandScope): TeamsCommandName[] {
  const typedOnly = new Set<string>(
    TEAMS_COMMANDS.filter((command) => 'menu' in command && command.menu === false).map(
      (command) => command.name,
    ),
  );
  return commandNames(scope).filter((name) => !typedOnly.has(name));
}

export interface TypedCommand {
  readonly name: TeamsCommandName;
  readonly args: readonly string[];
}

const NAMES: ReadonlySet<string> = new Set(TEAMS_COMMANDS.map((command) => command.name));

/**
 * A message typed to the bot as a command, or undefined when its first word
 * is not one. In a channel Teams puts the bot's @mention (`<at>…</at>`) in
 * the text; it is dropped, as is a leading slash from a Slack habit.
 *
 * @example parseCommand('<at>Excellence Pulse</at> language nl') // { name: 'language', args: ['nl'] }
 */
export function parseCommand(text: string): TypedCommand | undefined {
  const words = text
    .replace(/<at>.*?<\/at>/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const first = words[0]?.replace(/^\//, '').toLowerCase();
  if (first === undefined || !NAMES.has(first)) return undefined;
  return { name: first as TeamsCommandName, args: words.slice(1) };
}
