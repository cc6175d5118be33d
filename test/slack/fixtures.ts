import type {
  Notice,
  NudgePost,
  OrgReport,
  PulseCard,
  ReportSection,
  TeamReport,
} from '../../src/messages/types.ts';
import type { Locale } from '../../src/model/keys.ts';

/**
 * Neutral documents written by hand, in English and Dutch, so the Slack
 * renders can be checked before src/messages has its builders.
 */
const agree5 = {
  en: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree', "Don't know"],
  nl: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens', 'Weet ik niet'],
};

function agreeOptions(locale: Locale) {
  return agree5[locale].map((label, index) => ({ value: index < 5 ? index + 1 : null, label }));
}

function npsOptions() {
  return Array.from({ length: 11 }, (_, value) => ({ value, label: String(value) }));
}

const text = {
  en: {
    title: 'Your pulse for this week',
    intro: 'Four short statements about your team. One tap per answer; you can change it until Friday.',
    statements: [
      'We know what our customers expect from us.',
      'My leader shows the behaviour they ask of us.',
      'We learn from complaints & compliments.',
      'How likely is it that you would recommend this team as a place to work?',
    ],
    progress: (answered: number, total: number) => `${answered} of ${total} answered`,
    privacy: 'Your answers are anonymous: nobody, including your leader, can see what you answered.',
    closes: 'Open until Friday 17:00',
    addComment: 'Add a comment',
    placeholder: 'Anything you want to add? Comments are shown only when enough people reply.',
    submit: 'Send',
    recorded: 'Recorded',
    closed: 'This round has closed. Thank you for taking part!',
  },
  nl: {
    title: 'Je pulse van deze week',
    intro: 'Vier korte stellingen over je team. Eén tik per antwoord; je kunt het tot vrijdag wijzigen.',
    statements: [
      'We weten wat onze klanten van ons verwachten.',
      'Mijn leidinggevende laat het gedrag zien dat hij of zij van ons vraagt.',
      'We leren van klachten & complimenten.',
      'Hoe waarschijnlijk is het dat je dit team aanbeveelt als werkplek?',
    ],
    progress: (answered: number, total: number) => `${answered} van ${total} beantwoord`,
    privacy: 'Je antwoorden zijn anoniem: niemand, ook je leidinggevende niet, ziet wat jij antwoordde.',
    closes: 'Open tot vrijdag 17:00',
    addComment: 'Opmerking toevoegen',
    placeholder: 'Wil je iets toevoegen? Opmerkingen worden alleen getoond als genoeg mensen reageren.',
    submit: 'Versturen',
    recorded: 'Vastgelegd',
    closed: 'Deze ronde is gesloten. Bedankt voor je deelname!',
  },
};

export const TOKEN = 'tok_3q9ZrB7xK2mP5vW8yA1cD4fG6hJ0nL';

export function pulseCard(locale: Locale, overrides: Partial<PulseCard> = {}): PulseCard {
  const t = text[locale];
  return {
    kind: 'pulse-card',
    locale,
    roundId: 'round-1',
    token: TOKEN,
    title: t.title,
    intro: t.intro,
    items: [
      {
        statementId: 'uc.customers-expectations',
        text: t.statements[0]!,
        scale: 'agree5',
        options: agreeOptions(locale),
      },
      {
        statementId: 'lead.role-model',
        text: t.statements[1]!,
        scale: 'agree5',
        options: agreeOptions(locale),
        selected: 4,
      },
      {
        statementId: 'mon.complaints',
        text: t.statements[2]!,
        scale: 'agree5',
        options: agreeOptions(locale),
        selected: null,
      },
      { statementId: 'enps', text: t.statements[3]!, scale: 'nps11', options: npsOptions(), selected: 9 },
    ],
    progress: { answered: 3, total: 4, label: t.progress(3, 4) },
    privacyLine: t.privacy,
    closesLabel: t.closes,
    state: 'open',
    labels: {
      addComment: t.addComment,
      commentPlaceholder: t.placeholder,
      commentSubmit: t.submit,
      recorded: t.recorded,
    },
    ...overrides,
  };
}

export function closedCard(locale: Locale): PulseCard {
  return pulseCard(locale, { state: 'closed', banner: text[locale].closed });
}

/** The largest card the config allows: ten statements, all on the 0–10 scale, with long texts. */
export function largestCard(locale: Locale): PulseCard {
  const base = pulseCard(locale);
  return {
    ...base,
    intro: 'x'.repeat(4000),
    banner: 'Reminder: '.repeat(50),
    items: Array.from({ length: 10 }, (_, i) => ({
      statementId: `statement.with.a.rather.long.identifier.${i}`,
      text: `${'Long statement text '.repeat(200)}${i}`,
      scale: 'nps11' as const,
      options: [...npsOptions(), { value: null, label: "Don't know — ".repeat(10) }],
    })),
  };
}

export function notice(locale: Locale, withLink = true): Notice {
  return locale === 'en'
    ? {
        kind: 'notice',
        locale,
        tone: 'success',
        title: 'Pulses paused',
        text: 'You will not get pulse questions until you resume them with `/pulse resume`.',
        ...(withLink
          ? { link: { label: 'Open dashboard', url: 'https://pulse.example.com/dashboard' } }
          : {}),
      }
    : {
        kind: 'notice',
        locale,
        tone: 'success',
        title: 'Pulsen gepauzeerd',
        text: 'Je krijgt geen pulsvragen tot je ze hervat met `/pulse resume`.',
        ...(withLink
          ? { link: { label: 'Open dashboard', url: 'https://pulse.example.com/dashboard' } }
          : {}),
      };
}

export function nudgePost(locale: Locale, tally = false): NudgePost {
  const base =
    locale === 'en'
      ? {
          title: 'Share one customer story',
          action:
            'Start Monday’s stand-up with one story from a customer this week <and> what it taught you.',
          why: 'Your team scored lower on understanding customers than last month.',
          minutesLabel: '10 minutes',
          targetLabel: 'Understanding customers',
          intro: 'A small step for this week, chosen from your team’s pulse.',
          feedback: { didThis: 'We did this', notForUs: 'Not for us', thanks: 'Thanks for the feedback!' },
        }
      : {
          title: 'Deel één klantverhaal',
          action:
            'Begin de stand-up van maandag met één verhaal van een klant deze week <en> wat je ervan leerde.',
          why: 'Je team scoorde lager op klanten begrijpen dan vorige maand.',
          minutesLabel: '10 minuten',
          targetLabel: 'Klanten begrijpen',
          intro: 'Een kleine stap voor deze week, gekozen op basis van de pulse van je team.',
          feedback: { didThis: 'Gedaan', notForUs: 'Niet voor ons', thanks: 'Bedankt voor je feedback!' },
        };
  return {
    kind: 'nudge',
    locale,
    postId: 'nudge-post-1',
    ...base,
    ...(tally ? { tally: { didThis: 4, notForUs: 1 } } : {}),
  };
}

const headings: Record<Locale, Record<ReportSection, string>> = {
  en: {
    participation: 'Participation',
    elements: 'The nine elements',
    strengths: 'Strengths',
    gaps: 'Your view and your team’s',
    culture: 'Culture',
    traits: 'Leadership',
    nudges: 'Nudges',
    maturity: 'Maturity (indicative)',
    heatmap: 'Teams × elements',
    falling: 'Falling',
    comments: 'Comments',
    history: 'Scores over time',
  },
  nl: {
    participation: 'Deelname',
    elements: 'De negen elementen',
    strengths: 'Sterke punten',
    gaps: 'Jouw beeld en dat van je team',
    culture: 'Cultuur',
    traits: 'Leiderschap',
    nudges: 'Nudges',
    maturity: 'Volwassenheid (indicatief)',
    heatmap: 'Teams × elementen',
    falling: 'Dalend',
    comments: 'Opmerkingen',
    history: 'Scores door de tijd',
  },
};

export function teamReport(
  locale: Locale,
  rows = 9,
  comments: TeamReport['comments'] = {
    items: ['More time for customers <please> & thanks.', 'Great team.'],
    note:
      locale === 'nl'
        ? 'Opmerkingen van week 45, 2026 tot en met week 47, 2026, door elkaar gehusseld.'
        : 'Comments from Week 45, 2026 to Week 47, 2026, in shuffled order.',
  },
  teamId = 'team-1',
): TeamReport {
  const nl = locale === 'nl';
  const element = (i: number) => ({
    target: { kind: 'element' as const, key: `element-${i}` },
    label: `${nl ? 'Element' : 'Element'} ${i + 1}`,
    score: i === 3 ? null : 3 + i / 10,
    n: i === 3 ? 2 : 12,
    ...(i === 3 ? { hidden: 'below_k' as const } : { favourablePercent: 60 + i }),
    trend: (['up', 'down', 'flat', 'unknown'] as const)[i % 4]!,
    ...(i % 2 === 0 ? { change: i % 4 === 0 ? 0.3 : -0.4, changeBeyondNoise: i === 0 } : {}),
  });
  return {
    kind: 'team-report',
    locale,
    title: nl ? 'Teamrapport' : 'Team report',
    team: { id: teamId, name: 'Support & Service' },
    periodLabel: nl ? 'Week 12, 2026' : 'Week 12, 2026',
    participation: {
      invited: 14,
      respondents: 12,
      ratePercent: 86,
      label: nl ? '12 van 14 (86%)' : '12 of 14 (86%)',
    },
    elements: Array.from({ length: rows }, (_, i) => element(i)),
    strengths: [element(0), element(1)],
    gaps: [
      {
        target: { kind: 'trait', key: 'appreciative' },
        label: nl ? 'Waarderend' : 'Appreciative',
        self: 4.5,
        team: 3.6,
        gap: 0.9,
        verdict: 'leader-higher',
        verdictLabel: nl
          ? 'Je ziet jezelf positiever dan je team'
          : 'You see yourself more positively than your team',
      },
    ],
    culture: [
      {
        valueKey: 'caring',
        label: nl ? 'Zorgzaam' : 'Caring',
        facetLabel: nl ? 'Interne relaties' : 'Internal relations',
        current: { score: 3.9, n: 12 },
        desired: { score: 4.4, n: 12 },
      },
    ],
    traits: [element(5)],
    nudges: [
      {
        nudgeId: 'n1',
        title: nl ? 'Deel één klantverhaal' : 'Share one customer story',
        targetLabel: nl ? 'Klanten begrijpen' : 'Understanding customers',
        postedLabel: nl ? '3 maart' : '3 March',
        effectLabel: nl ? '+0,2 daarna' : '+0.2 afterwards',
      },
    ],
    maturity: {
      level: '*',
      label: nl ? 'Eén ster' : 'One star',
      caveat: nl
        ? 'Een indicatieve zelfbeoordeling, geen INK-erkenning.'
        : 'An indicative self-assessment, not an INK recognition.',
      basis: nl ? 'Op basis van de afgelopen 12 weken.' : 'Based on the last 12 weeks.',
      reasons: [
        nl
          ? 'Leiderschap: de fase opzet scoort 48, onder 55'
          : 'Leadership: its design phase scores 48, below 55',
      ],
    },
    enps: {
      score: 22,
      n: 12,
      heading: 'eNPS',
      label: nl ? 'eNPS (zou ons als werkgever aanraden)' : 'eNPS (would recommend us as a place to work)',
      periodLabel: nl ? 'Weken 45–48, 2026' : 'Weeks 45–48, 2026',
      splitLabel: nl
        ? 'Promotors en criticasters zie je pas als elke groep minstens 5 mensen telt.'
        : 'Promoters and detractors are shown only when each group holds at least 5 people.',
    },
    ...(comments ? { comments } : {}),
    privacyNote: nl
      ? 'Cijfers van minder dan 5 mensen worden niet getoond (🔒).'
      : 'Figures from fewer than 5 people are not shown (🔒).',
    headings: headings[locale],
    // Whatever link the engine made; the product's real links are followed in full-round.test.ts.
    dashboardUrl: `https://pulse.example.com/link-for-the-reader/${teamId}`,
    dashboardLabel: nl ? 'Open het dashboard' : 'Open the dashboard',
  };
}

export function orgReport(locale: Locale, teams = 5): OrgReport {
  const nl = locale === 'nl';
  const elementLabels = Object.fromEntries(
    Array.from({ length: 9 }, (_, i) => [`element-${i}`, `${nl ? 'Element' : 'Element'} ${i + 1}`]),
  );
  return {
    kind: 'org-report',
    locale,
    title: nl ? 'Organisatie-overzicht' : 'Organisation overview',
    periodLabel: nl ? 'Kwartaal 1, 2026' : 'Quarter 1, 2026',
    participation: Array.from({ length: 8 }, (_, i) => ({
      period: `2026-W${String(i + 1).padStart(2, '0')}`,
      value: i === 2 ? null : 70 + i,
      n: 120 + i,
      ...(i === 2 ? { hidden: 'no_data' as const } : {}),
    })),
    enps: {
      score: 12,
      n: 118,
      heading: 'eNPS',
      label: nl ? 'eNPS (zou ons als werkgever aanraden)' : 'eNPS (would recommend us as a place to work)',
      periodLabel: nl ? 'Weken 5–8, 2026' : 'Weeks 5–8, 2026',
      history: [
        { period: '2026-W04', value: null, n: 0, hidden: 'not_asked' },
        { period: '2026-W08', value: 12, n: 118 },
      ],
    },
    windowLabel: nl
      ? 'Elke score telt de rondes van de 12 weken tot en met 1 maart 2026 mee waarin die zichtbaar was.'
      : 'Each score pools the rounds of the 12 weeks up to 1 March 2026 in which it was shown.',
    elementLabels,
    heatmap: Array.from({ length: teams }, (_, t) => ({
      team: { id: `team-${t}`, name: `Team ${t + 1} & co` },
      cells: Array.from({ length: 9 }, (_, i) => ({
        elementKey: `element-${i}`,
        score: (t + i) % 5 === 0 ? null : 3 + i / 10,
        n: 8,
        ...((t + i) % 5 === 0 ? { hidden: 'below_k' as const } : {}),
      })),
    })),
    falling: [{ team: 'Team 2', label: nl ? 'Innovatie' : 'Innovation', change: -0.4 }],
    privacyNote: nl ? 'Geen cijfers voor minder dan 5 mensen.' : 'No figures for fewer than 5 people.',
    headings: headings[locale],
    dashboardUrl: 'https://pulse.example.com/dashboard',
  };
}
