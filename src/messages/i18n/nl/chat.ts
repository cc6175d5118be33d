import type { AreaCatalog } from '../catalog.ts';
import type { chat as en } from '../en/chat.ts';

/** De woorden van de chat die in geen document staan (zie en/chat.ts). */
export const chat: AreaCatalog<typeof en> = {
  'chat.pause': 'Mijn pulsen pauzeren',
  'chat.resume': 'Mijn pulsen hervatten',
  'chat.working-hours': 'Mijn werktijden',
  'chat.choose-team': 'Welk team? Noem er een van: {teams} ({@report}).',
  'chat.unknown-team': 'Je hebt geen team “{name}”. Probeer een van: {teams}.',
  'chat.export-unavailable': 'Exporteren kan hier nog niet. Je cijfers bekijken: {@dashboard}.',
  'chat.no-dashboard':
    'Het dashboard is voor deze werkruimte nog niet ingesteld. Vraag je beheerder PUBLIC_URL in te stellen.',
  'chat.admin-usage':
    'Opdrachten voor beheerders: {command} team add #kanaal @leidinggevende [@gebruikersgroep] · {command} leader @persoon #kanaal · {command} hr @persoon · {command} admin @persoon',
  'chat.admin-usage.in-channel':
    'Opdrachten voor beheerders, aan {bot} in het kanaal van het team: team add @leidinggevende · leader @persoon · hr @persoon · admin @persoon',
  'reach.command': 'typ {command}',

  'feature.settings': 'instellingen',
  'feature.dashboard': 'dashboard',
  'feature.pause': 'pauze',
  'feature.resume': 'hervatten',
  'feature.language': 'taal',
  'feature.hours': 'werktijden',
  'feature.privacy': 'privacy',
  'feature.erase': 'mijn gegevens wissen',
  'feature.export': 'exporteren',
  'feature.report': 'rapport',
  'feature.help': 'hulp',
  'feature.action': 'actie',
};
