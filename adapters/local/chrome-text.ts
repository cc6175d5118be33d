import type { HiddenLabels } from '../../src/charts/index.ts';
import type { TrendArrow } from '../../src/messages/types.ts';
import type { Locale } from '../../src/model/keys.ts';
import { resolveLocale } from '../../src/model/localized-text.ts';
import type { DemoStepOutcome } from './demo-clock.ts';
import type { LocalRole } from './workspace-types.ts';

/**
 * The playground's own wording: the page around the messages and the words a
 * chart needs that documents do not carry (axis titles, "you", hidden marks).
 * Message content itself always comes from the documents.
 */
export interface ChromeText {
  readonly appName: string;
  readonly localMode: string;
  readonly skipToMessages: string;
  readonly viewAs: string;
  readonly switchPerson: string;
  readonly roles: Readonly<Record<LocalRole, string>>;
  readonly conversations: string;
  readonly directMessages: string;
  readonly teamChannels: string;
  readonly botName: string;
  readonly messages: string;
  readonly noMessages: string;
  readonly noPeople: string;
  readonly unread: string;
  readonly demoClock: string;
  readonly clock: { readonly nextSend: string; readonly closeRound: string; readonly advanceWeek: string };
  /** Label of the demo time the clock shows. */
  readonly clockNow: string;
  /** Under the buttons for someone in no team: what the buttons will do for them. */
  readonly clockNoTeamHint: string;
  /** What a press on the clock did, said to the person who pressed it. */
  readonly clockOutcome: (outcome: DemoStepOutcome) => string;
  readonly working: string;
  readonly dismiss: string;
  readonly somethingWrong: string;
  readonly errors: {
    readonly unknownPerson: string;
    readonly notYours: string;
    readonly messageGone: string;
    readonly notActionable: string;
    readonly noClock: string;
  };
  readonly dashboard: DashboardText;
  readonly chart: ChartText;
}

export interface DashboardText {
  readonly title: string;
  readonly open: string;
  readonly yourTeams: string;
  readonly organisation: string;
  readonly downloadCsv: string;
  readonly noReports: string;
  readonly forbidden: string;
  readonly notFound: string;
  readonly failed: string;
  readonly back: string;
  readonly playground: string;
  readonly chooseViewer: string;
  readonly signedInAs: string;
}

export interface ChartText {
  readonly n: string;
  readonly hidden: HiddenLabels;
  readonly score: string;
  readonly participation: string;
  readonly engagement: string;
  readonly period: string;
  readonly team: string;
  readonly element: string;
  readonly item: string;
  readonly you: string;
  readonly yourTeam: string;
  readonly gap: string;
  readonly verdict: string;
  readonly current: string;
  readonly desired: string;
  readonly trend: string;
  readonly favourable: string;
  readonly trends: Readonly<Record<TrendArrow, string>>;
  readonly showFigures: string;
  readonly teamViewN: (respondents: number) => string;
  readonly change: string;
}

const EN: ChromeText = {
  appName: 'Excellence Pulse',
  localMode: 'Local playground',
  skipToMessages: 'Skip to messages',
  viewAs: 'View as',
  switchPerson: 'Switch',
  roles: { employee: 'employee', leader: 'leader', hr: 'HR', admin: 'admin' },
  conversations: 'Conversations',
  directMessages: 'Direct messages',
  teamChannels: 'Team channels',
  botName: 'Excellence Pulse',
  messages: 'Messages',
  noMessages: 'No messages yet. Use the demo clock to send the next pulse.',
  noPeople: 'Nobody is set up yet. Seed the demo organisation first.',
  unread: 'new',
  demoClock: 'Demo clock',
  clock: { nextSend: 'Next send', closeRound: 'Close round', advanceWeek: 'Advance a week' },
  clockNow: 'Demo time',
  clockNoTeamHint:
    'You are in no team, so no pulse comes to you. “Close round” closes the round that is due to close first.',
  clockOutcome: (outcome) => {
    switch (outcome.kind) {
      case 'pulse-arrived':
        return 'A pulse arrived in your direct messages.';
      case 'not-in-a-team':
        return 'You are in no team, so no pulse comes to you. View as a team member to receive one.';
      case 'nothing-due':
        return 'No pulse is due for you in the coming weeks.';
      case 'round-closed':
        return outcome.yours
          ? `The round of ${outcome.teamName} has closed; the leader gets the report, the channel a nudge.`
          : `You are in no team, so the round due to close first was closed: ${outcome.teamName}.`;
      case 'no-open-round':
        return outcome.yours
          ? 'Your team has no open round. Press “Next send” to start one.'
          : 'No team has an open round. Press “Next send” as a team member to start one.';
      case 'week-advanced':
        return 'The clock moved a week on.';
    }
  },
  working: 'Working…',
  dismiss: 'Dismiss',
  somethingWrong: 'Something went wrong. Please try again.',
  errors: {
    unknownPerson: 'Choose a person in "View as" first.',
    notYours: 'That conversation belongs to someone else.',
    messageGone: 'That message is no longer here. Reload the page.',
    notActionable: 'That message has no such button.',
    noClock: 'The demo clock only runs in local mode.',
  },
  dashboard: {
    title: 'Dashboard',
    open: 'Open the dashboard',
    yourTeams: 'Your teams',
    organisation: 'Organisation',
    downloadCsv: 'Download these figures (CSV)',
    noReports: 'There are no team reports for you to see. This is your own participation.',
    forbidden: 'Not allowed',
    notFound: 'Not found',
    failed: 'Something went wrong',
    back: 'Back to the dashboard',
    playground: 'Chat playground',
    chooseViewer: 'Choose who you are in the chat playground first.',
    signedInAs: 'Viewing as',
  },
  chart: {
    n: 'n',
    hidden: {
      mark: {
        below_k: 'n<k',
        complementary: 'hidden',
        membership_change: 'hidden',
        comments_below_k: 'n<k',
        no_data: 'no data',
      },
      reason: {
        below_k: 'Hidden: fewer respondents than the anonymity threshold',
        complementary: 'Hidden: it would let a smaller group be worked out',
        membership_change: 'Hidden: too many people joined or left to compare',
        comments_below_k: 'Hidden: too few comments to show them anonymously',
        no_data: 'No answers yet',
      },
    },
    score: 'Score (0–100)',
    participation: 'Participation (%)',
    engagement: 'Engagement',
    period: 'Period',
    team: 'Team',
    element: 'Element',
    item: 'Item',
    you: 'You',
    yourTeam: 'Your team',
    gap: 'Gap',
    verdict: 'Reading',
    current: 'Now',
    desired: 'Desired',
    trend: 'Trend',
    favourable: 'Favourable %',
    trends: { up: 'rising', down: 'falling', flat: 'stable', unknown: '—' },
    showFigures: 'Show the figures',
    teamViewN: (respondents) => `Team view from n = ${respondents} respondents`,
    change: 'Change',
  },
};

const NL: ChromeText = {
  appName: 'Excellence Pulse',
  localMode: 'Lokale speeltuin',
  skipToMessages: 'Naar de berichten',
  viewAs: 'Bekijk als',
  switchPerson: 'Wissel',
  roles: { employee: 'medewerker', leader: 'leidinggevende', hr: 'HR', admin: 'beheerder' },
  conversations: 'Gesprekken',
  directMessages: 'Directe berichten',
  teamChannels: 'Teamkanalen',
  botName: 'Excellence Pulse',
  messages: 'Berichten',
  noMessages: 'Nog geen berichten. Gebruik de demoklok om de volgende pulse te versturen.',
  noPeople: 'Er is nog niemand ingericht. Vul eerst de demo-organisatie.',
  unread: 'nieuw',
  demoClock: 'Demoklok',
  clock: { nextSend: 'Volgende verzending', closeRound: 'Ronde sluiten', advanceWeek: 'Week vooruit' },
  clockNow: 'Demotijd',
  clockNoTeamHint:
    'Je zit in geen team, dus er komt geen pulse naar jou. “Ronde sluiten” sluit de ronde die het eerst afloopt.',
  clockOutcome: (outcome) => {
    switch (outcome.kind) {
      case 'pulse-arrived':
        return 'Er is een pulse binnengekomen in je directe berichten.';
      case 'not-in-a-team':
        return 'Je zit in geen team, dus er komt geen pulse naar jou. Bekijk als een teamlid om er een te krijgen.';
      case 'nothing-due':
        return 'Er staat de komende weken geen pulse voor je gepland.';
      case 'round-closed':
        return outcome.yours
          ? `De ronde van ${outcome.teamName} is gesloten; de leidinggevende krijgt het rapport, het kanaal een nudge.`
          : `Je zit in geen team, dus de ronde die het eerst afliep is gesloten: ${outcome.teamName}.`;
      case 'no-open-round':
        return outcome.yours
          ? 'Je team heeft geen open ronde. Druk op “Volgende verzending” om er een te starten.'
          : 'Geen team heeft een open ronde. Druk als teamlid op “Volgende verzending” om er een te starten.';
      case 'week-advanced':
        return 'De klok is een week vooruit gezet.';
    }
  },
  working: 'Bezig…',
  dismiss: 'Sluiten',
  somethingWrong: 'Er ging iets mis. Probeer het opnieuw.',
  errors: {
    unknownPerson: 'Kies eerst iemand bij "Bekijk als".',
    notYours: 'Dat gesprek is van iemand anders.',
    messageGone: 'Dat bericht is er niet meer. Laad de pagina opnieuw.',
    notActionable: 'Dat bericht heeft zo’n knop niet.',
    noClock: 'De demoklok werkt alleen in de lokale modus.',
  },
  dashboard: {
    title: 'Dashboard',
    open: 'Open het dashboard',
    yourTeams: 'Je teams',
    organisation: 'Organisatie',
    downloadCsv: 'Download deze cijfers (CSV)',
    noReports: 'Er zijn geen teamrapporten voor jou. Dit is je eigen deelname.',
    forbidden: 'Geen toegang',
    notFound: 'Niet gevonden',
    failed: 'Er ging iets mis',
    back: 'Terug naar het dashboard',
    playground: 'Chatspeeltuin',
    chooseViewer: 'Kies eerst in de chatspeeltuin wie je bent.',
    signedInAs: 'Je kijkt als',
  },
  chart: {
    n: 'n',
    hidden: {
      mark: {
        below_k: 'n<k',
        complementary: 'verborgen',
        membership_change: 'verborgen',
        comments_below_k: 'n<k',
        no_data: 'geen data',
      },
      reason: {
        below_k: 'Verborgen: minder respondenten dan de anonimiteitsdrempel',
        complementary: 'Verborgen: anders is een kleinere groep te herleiden',
        membership_change: 'Verborgen: te veel mensen kwamen of gingen om te vergelijken',
        comments_below_k: 'Verborgen: te weinig opmerkingen om anoniem te tonen',
        no_data: 'Nog geen antwoorden',
      },
    },
    score: 'Score (0–100)',
    participation: 'Deelname (%)',
    engagement: 'Betrokkenheid',
    period: 'Periode',
    team: 'Team',
    element: 'Element',
    item: 'Onderdeel',
    you: 'Jij',
    yourTeam: 'Je team',
    gap: 'Verschil',
    verdict: 'Lezing',
    current: 'Nu',
    desired: 'Gewenst',
    trend: 'Trend',
    favourable: 'Gunstig %',
    trends: { up: 'stijgend', down: 'dalend', flat: 'stabiel', unknown: '—' },
    showFigures: 'Toon de cijfers',
    teamViewN: (respondents) => `Teambeeld van n = ${respondents} respondenten`,
    change: 'Verandering',
  },
};

const TEXTS: Readonly<Record<Locale, ChromeText>> = { en: EN, nl: NL };

/** The playground's wording in a locale ('nl-BE' → Dutch, anything unknown → English). */
export function chromeText(locale: string | undefined): ChromeText {
  return TEXTS[resolveLocale(locale)];
}
