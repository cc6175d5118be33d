import type { Catalog } from './catalog.ts';
import { actions } from './nl/actions.ts';
import { dashboardForms } from './nl/dashboard-forms.ts';
import { admin } from './nl/admin.ts';
import { adminPage } from './nl/admin-page.ts';
import { charts } from './nl/charts.ts';
import { chat } from './nl/chat.ts';
import { comments } from './nl/comments.ts';
import { enps } from './nl/enps.ts';
import { dataRights } from './nl/data-rights.ts';
import { playground } from './nl/playground.ts';
import { scores } from './nl/scores.ts';
import { home } from './nl/home.ts';
import { relay } from './nl/relay.ts';
import { refusals } from './nl/refusals.ts';
import { cliRefusals } from './nl/cli-refusals.ts';
import { cli } from './nl/cli.ts';
import { language } from './nl/language.ts';
import { chartAlt } from './nl/chart-alt.ts';
import { wantsMore } from './nl/wants-more.ts';

/** Dutch UI strings, in je-vorm. The type makes a missing or extra key an error. */
export const nl: Catalog = {
  ...playground,
  ...charts,
  ...chat,
  ...scores,
  ...comments,
  ...enps,
  ...admin,
  ...dataRights,
  ...home,
  ...relay,
  ...refusals,
  ...cliRefusals,
  ...cli,
  ...language,
  ...adminPage,
  ...actions,
  ...chartAlt,
  ...wantsMore,
  ...dashboardForms,

  'card.title': 'Je teampuls',
  'card.intro':
    'Een paar korte stellingen over ons team. Kies wat het best past; tot de ronde sluit kun je een antwoord nog aanpassen.',
  'card.progress': '{answered} van {total} beantwoord',
  'card.progress.done': 'Alles ingevuld. Dank je wel!',
  'card.privacy':
    'Je antwoorden zijn anoniem. Je team ziet alleen cijfers van minstens {k} mensen, en je leidinggevende ziet nooit wie wat heeft geantwoord.',
  'card.closes': 'Sluit op {date} om {time}',
  'card.closed': 'Gesloten op {date} om {time}',
  'card.banner.reminder': 'Even een herinnering: je antwoorden tellen mee tot de ronde sluit.',
  'card.banner.closed': 'Deze ronde is gesloten. Bedankt voor het meedoen!',
  'card.recorded': 'Antwoord opgeslagen',
  'card.comment.add': 'Opmerking toevoegen',
  'card.comment.placeholder': 'Wil je nog iets kwijt? Je opmerking blijft anoniem.',
  'card.comment.submit': 'Opmerking versturen',

  'notice.paused':
    'Je pulsen staan op pauze. Ik stuur je geen stellingen meer tot je weer meedoet: {@resume}.',
  'notice.resumed': 'Welkom terug! Vanaf de volgende ronde krijg je weer stellingen.',
  'notice.language-changed': 'Prima, ik schrijf je vanaf nu in het Nederlands.',
  'notice.already-answered':
    'Je hebt deze ronde al ingevuld, dank je! Tot de ronde sluit kun je een antwoord nog aanpassen.',
  'notice.round-closed':
    'Deze ronde is gesloten, dus antwoorden aanpassen kan niet meer. De volgende ronde krijg je vanzelf.',
  'notice.not-member':
    'Je zit nog niet in een team dat meedoet met de pulsen. Vraag je beheerder om je toe te voegen, of word lid van het kanaal van je team.',
  'notice.forbidden':
    'Sorry, dat kun je niet bekijken. Leidinggevenden zien de rapporten van hun eigen teams en HR ziet de hele organisatie.',
  'notice.answer-recorded': 'Antwoord opgeslagen. Bedankt!',
  'notice.answer-invalid': 'Dat antwoord hoort niet bij de keuzes. Tik op een van de knoppen.',
  'notice.link-expired': 'Deze kaart is verlopen. Gebruik je nieuwste pulsbericht om te antwoorden.',
  'notice.not-found': 'Dat kon ik niet vinden. Misschien is het verwijderd.',
  'notice.not-yours': 'Deze pulskaart is naar iemand anders gestuurd, dus je klik is niet opgeslagen.',
  'notice.not-in-team': 'Dit verbeteridee is voor de leden van het team, dus je reactie is niet meegeteld.',
  'notice.no-reports': 'Er zijn nog geen rapporten voor je. Rapporten gaan naar leidinggevenden en HR.',
  'notice.unknown-command': '“{command}” ken ik niet. Zien wat ik kan: {@help}.',
  'notice.error': 'Er ging bij mij iets mis. Probeer het zo nog eens.',
  'notice.no-results.title': 'Nog geen resultaten',
  'notice.no-results.expected':
    'Er zijn nog geen resultaten voor {subject}. De eerste resultaten verwacht je op {date} om {time}, als de huidige ronde sluit.',
  'notice.no-results':
    'Er zijn nog geen resultaten voor {subject}. Ze komen zodra de eerste ronde gesloten is.',
  'notice.no-results.organisation': 'de organisatie',
  'notice.dashboard-link-expired.title': 'Deze link is verlopen',
  'notice.dashboard-link-expired': 'Links van de bot werken {days} dagen. Voor een nieuwe: {@dashboard}.',
  'notice.dashboard': 'Je dashboard staat klaar.',
  'notice.dashboard.link': 'Open het dashboard',
  'notice.export-ready': 'Hier is een kopie van alles wat over jou is opgeslagen.',
  'notice.export-ready.link': 'Download je gegevens',
  'export.organisation-title': 'Excellence Pulse: de cijfers van de organisatie (alleen totalen)',
  'export.own-data-title': 'Excellence Pulse: alles wat over jou is bewaard',
  'notice.erased':
    'Je gegevens zijn gewist. Cijfers die al gepubliceerd waren blijven zoals ze zijn: die zijn niet naar jou te herleiden.',
  'notice.my-participation.title': 'Je deelname',
  'notice.my-participation':
    'Rondes waarin je iets gevraagd is: {invited}\nRondes die je hebt ingevuld: {answered}\n\nJe antwoorden zelf kunnen we niet meer laten zien zodra een ronde gesloten is: zo blijven ze anoniem.',
  'notice.team-added':
    'Team “{team}” staat klaar. Ik haal de leden van het kanaal op en stuur de eerste puls op het volgende geplande moment.',
  'notice.role-assigned': 'Gelukt: de rol is toegekend.',
  'notice.working-hours-changed':
    'Duidelijk: ik stuur je alleen berichten tussen {start} en {end} op je werkdagen.',
  'notice.settings.title': 'Je instellingen',
  'notice.settings':
    'Taal: {language}\nTijdzone: {timeZone}\nPulsen: {status}\n\nJe taal wijzigen: {@language}. Pauzeren: {@pause}. Hervatten: {@resume}.',
  'notice.settings.active': 'aan',
  'notice.settings.paused': 'gepauzeerd',
  'language.en': 'Engels',
  'language.nl': 'Nederlands',

  'help.title': 'Wat je mij kunt vragen',
  'help.text': [
    'Dit kan ik voor je doen, en zo vraag je erom:',
    '• Dit overzicht: {@help}',
    '• Het laatste rapport van je team, of van het team dat je noemt (voor leidinggevenden en HR): {@report}',
    '• Je taal, je tijdzone en of je pulsen op pauze staan: {@settings}',
    '• Even pauze van de pulsen: {@pause}',
    '• Weer meedoen met de pulsen: {@resume}',
    '• Kiezen of ik Engels of Nederlands met je praat: {@language}',
    '• Hoe je antwoorden beschermd worden: {@privacy}',
    '• De cijfers van de organisatie als spreadsheet, alleen totalen (HR): {@export}',
    '• Wissen wat er over jou bewaard wordt (je bevestigt eerst): {@erase}',
    '• Het dashboard met je eigen deelname en, voor leidinggevenden en HR, de rapporten: {@dashboard}',
  ].join('\n'),
  'help.action':
    '• Een zwak element van een team dat je leidt omzetten in een actie, met een eigenaar en een einddatum: {@action}',

  'privacy.title': 'Zo worden je antwoorden beschermd',
  'privacy.text': [
    'Je antwoorden zijn anoniem. We bewaren een antwoord zonder je naam of id, zonder precieze tijd en niet in een volgorde die naar jou terug kan wijzen.',
    'Wat we bewaren: elk antwoord (de stelling en de keuze die je maakte), je opmerkingen als je die schrijft, en, los van de antwoorden, of je een vraag kreeg en of je hebt geantwoord, zodat alleen wie nog niet heeft geantwoord een herinnering krijgt. Ook je instellingen bewaren we: taal, tijdzone, werktijden en of je pulsen op pauze staan.',
    'Wat we nooit bewaren: je naam of id bij een antwoord of opmerking, welke antwoorden van jou zijn zodra een ronde gesloten is, of iets anders wat je in de chat schrijft.',
    'Zolang een ronde openstaat, kun je je eigen antwoorden aanpassen met een tijdelijke sleutel die alleen in je kaart staat. Als de ronde sluit, wordt die sleutel vernietigd en kan niemand, ook wie de bot beheert niet, die antwoorden nog aan jou koppelen.',
    'Je team, je leidinggevende en HR zien alleen cijfers van minstens {k} mensen. {commentRule} Cijfers waarmee iemand door te vergelijken een kleine groep zou kunnen afleiden, blijven ook verborgen.',
    'Eén uitzondering: als je leidinggevende bent, bewaren we je eigen beoordelingen bij de ik-stellingen bij jou, zodat je ze kunt vergelijken met hoe je team je ziet. Alleen jij ziet ze; anderen zien ze alleen in cijfers van minstens {k} mensen.',
    'Je eigen gegevens. Zien wat we over je bewaren: {@settings}. Een kopie: {@export}. Je deelname bekijken: {@dashboard}. Je gegevens wissen: {@erase} (een beheerder kan dat ook op je verzoek doen); wissen verandert nooit cijfers die al gepubliceerd zijn.',
  ].join('\n\n'),

  'report.team.title': 'Teamrapport: {team}',
  'report.org.title': 'Organisatierapport',
  'report.heading.participation': 'Deelname',
  'report.heading.elements': 'De negen bouwstenen',
  'report.heading.strengths': 'Sterke punten',
  'report.heading.gaps': 'Jij en je team',
  'report.heading.culture': 'Cultuur: nu, en waar het team meer van wil',
  'report.heading.traits': 'Eigenschappen van de leidinggevende',
  'report.heading.nudges': 'Verbeterideeën',
  'report.heading.maturity': 'Indicatief niveau',
  'report.heading.heatmap': 'Teams per bouwsteen',
  'report.heading.falling': 'Waar scores daalden',
  'report.heading.comments': 'Opmerkingen',
  'report.heading.history': 'Scores door de tijd',
  'report.column.score': 'Score',
  'report.column.favourable': 'Positief',
  'report.column.n': 'Mensen',
  'report.column.trend': 'Trend',
  'report.column.self': 'Jij',
  'report.column.team': 'Team',
  'report.column.gap': 'Verschil',
  'report.column.current': 'Nu',
  'report.column.desired': 'Wil meer',
  'report.column.period': 'Periode',
  'report.empty': 'Nog niets te tonen.',
  'report.dashboard': 'Open het dashboard',
  'report.participation': 'Meegedaan: {respondents} van de {invited} mensen ({rate}%)',
  'report.privacy.team':
    'Cijfers van minder dan {k} mensen worden niet getoond. Je eigen beoordelingen bij de ik-stellingen ziet alleen jij.',
  'report.privacy.org':
    'Cijfers van minder dan {k} mensen worden niet getoond, net als cijfers waarmee een kleine groep uit andere cijfers af te leiden is.',
  'report.favourable': '{percent}% positief',
  'report.people.one': '{n} persoon',
  'report.people.other': '{n} mensen',

  'hidden.below_k': 'Verborgen: minder dan {k} mensen hebben geantwoord',
  'hidden.complementary': 'Verborgen: anders is een kleine groep uit andere cijfers af te leiden',
  'hidden.membership_change':
    'Verborgen: er kwamen maar een paar mensen bij of gingen weg, dus een vergelijking zou hun antwoorden verraden',
  'hidden.comments_below_k':
    'Verborgen: opmerkingen verschijnen pas als hun ronde gesloten is, alleen uit rondes waarin minstens {k} mensen antwoordden, en minstens {commentK} tegelijk',
  'hidden.no_data': 'Nog geen antwoorden',

  'trend.improving': 'Stijgt de laatste periodes',
  'trend.falling': 'Daalt de laatste periodes',
  'trend.flat': 'Ongeveer gelijk',
  'trend.unknown': 'Nog geen trend',

  'gap.aligned': 'Jij en je team zien dit hetzelfde',
  'gap.leader-higher': 'Jij scoort dit hoger dan je team',
  'gap.leader-lower': 'Jij scoort dit lager dan je team',
  'gap.culture-value': 'Cultuur nu: {value}',

  'maturity.label': 'Indicatief niveau: {level}',
  'maturity.caveat.indicative':
    'Indicatieve zelfbeoordeling — geen INK-erkenning: daarvoor zijn getrainde assessoren, bewijs, resultaten tegen doelen en een jury nodig.',
  'maturity.window': 'Op basis van de rondes van de afgelopen {weeks} weken ({from} tot en met {to}).',
  'maturity.phase.design': 'opzet',
  'maturity.phase.implementation': 'implementatie',
  'maturity.phase.evaluation': 'evaluatie en bijstelling',
  'maturity.reason.score_unknown': 'nog geen score in deze weken',
  'maturity.reason.score_low': 'de score is {value}, onder {threshold}',
  'maturity.reason.phase_unknown': 'de fase {phase} is in deze weken niet gevraagd',
  'maturity.reason.phase_low': 'de fase {phase} scoort {value}, onder {threshold}',
  'maturity.reason.trend_falling': 'de score daalt',
  'maturity.reason.trend_unknown': 'de trend is nog niet bekend',
  'maturity.reason.gap_unknown': 'jouw eigen kijk hierop is nog niet bekend',
  'maturity.reason.gap_large':
    'jouw kijk en die van je team verschillen {value} punten (hoogstens {threshold})',
  'maturity.reason.element_missing': '{element} heeft in deze weken geen cijfers',
  'maturity.reason.element_below': 'onder het volgende niveau',
  'maturity.reason.more': 'en nog {count}',

  'enps.label': 'eNPS (zou ons als werkgever aanraden)',

  'nudge.intro.team': 'Een klein idee voor ons team, over {target}:',
  'nudge.intro.leader': 'Een klein idee voor jou als leidinggevende, over {target}:',
  'nudge.did-this.team': 'Hebben we gedaan',
  'nudge.not-for-us.team': 'Niet voor ons',
  'nudge.did-this.leader': 'Heb ik gedaan',
  'nudge.not-for-us.leader': 'Niet voor mij',
  'nudge.thanks': 'Bedankt! Met je reactie kiezen we betere ideeën voor het team.',
  'nudge.minutes': 'ongeveer {minutes} minuten',
  'nudge.hour': 'ongeveer een uur',
  'nudge.hours': 'ongeveer {hours} uur',
  'nudge.tally': 'Gedaan: {didThis} · Niet voor ons: {notForUs}',
  'nudge.why': 'Waarom',
  'nudge.posted': 'Geplaatst op {date}',
  'nudge.effect.pending': 'Nog te vroeg om iets te zeggen',
  'nudge.effect.up': 'De score ging daarna omhoog',
  'nudge.effect.down': 'De score ging daarna omlaag',
  'nudge.effect.flat': 'Daarna geen duidelijke verandering',
  'nudge.effect.unknown': 'Te weinig antwoorden om iets te zeggen',

  'period.week': 'week {week}, {year}',
  'period.quarter': '{quarter}e kwartaal {year}',
};
