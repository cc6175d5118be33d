import './support/node20.ts';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { helpNotice, notice } from '../../src/messages/index.ts';
import { slackPhrase } from '../../adapters/slack/render/feature-reach.ts';
import { eventually, useHarness } from './support/harness.ts';
import { buttonClick, formBody, slashCommand } from './support/slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';
const suite = useHarness();

async function command(text: string, user = 'U_ANN') {
  const response = await suite.harness.post(slashCommand(text, user), FORM);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { response_type: string; text: string; blocks?: unknown[] };
  expect(body.response_type).toBe('ephemeral');
  return { ...body, all: JSON.stringify(body) };
}

describe('/pulse', () => {
  it.each(['', 'help', 'HELP me'])('shows the help for "%s"', async (text) => {
    const reply = await command(text);
    expect(reply.all).toContain(slackPhrase(helpNotice('en').text, 'en').split('\n')[2]);
    // Slack reaches every feature by a subcommand of /pulse, with its arguments.
    expect(reply.all).toContain('type /pulse report [team]');
    expect(reply.all).toContain('type /pulse language en|nl');
  });

  it('shows the help, and says so, for an unknown subcommand', async () => {
    const reply = await command('whatever');
    expect(reply.all).toContain(
      slackPhrase(notice('unknown-command', 'en', { command: 'whatever' }).text, 'en'),
    );
    expect(reply.all).toContain(slackPhrase(helpNotice('en').text, 'en').split('\n')[2]);
  });

  it('shows admins, and only them, the commands that set up teams and roles', async () => {
    suite.harness.services.addPerson({
      id: 'person-ada',
      platformUserId: 'U_ADA',
      displayName: 'Ada',
      isAdmin: true,
      locale: 'nl',
    });
    const admin = await command('help', 'U_ADA');
    expect(admin.text).toContain('• Even pauze van de pulsen: typ /pulse pause');
    expect(admin.text).toContain('Opdrachten voor beheerders: /pulse team add #kanaal @leidinggevende');
    expect((await command('help')).text).not.toContain('team add');
  });

  it('pauses and resumes', async () => {
    expect((await command('pause')).all).toContain('Paused.');
    expect((await command('resume')).all).toContain('Resumed.');
    expect(suite.harness.services.log).toContain('setPaused:true');
    expect(suite.harness.services.log).toContain('setPaused:false');
  });

  it('sets the language, and says how when the language is unknown', async () => {
    expect((await command('language nl')).all).toContain('Taal: Nederlands.');
    expect((await command('language de')).text).toBe(
      '“language de” ken ik niet. Zien wat ik kan: typ /pulse help.',
    );
    expect((await command('language')).text).toContain('typ /pulse help');
  });

  it('shows the privacy notice and the dashboard link', async () => {
    expect((await command('privacy')).all).toContain('Nobody sees your individual answers.');
    expect((await command('dashboard')).all).toContain('https://pulse.example.com/dashboard');
  });

  it('shows settings with pause and language buttons', async () => {
    const reply = await command('settings');
    expect(reply.all).toContain('Europe/Amsterdam');
    expect(reply.all).toContain('settings:pause');
    expect(reply.all).toContain('settings:language:nl');
  });

  it('gives a leader their team report, and tells others who gets reports', async () => {
    expect((await command('report', 'U_LEE')).all).toContain('Team report');
    expect((await command('report', 'U_ANN')).text).toBe(notice('no-reports', 'en').text);
  });

  it('gives HR the organisation overview, a named team, or what teams there are', async () => {
    expect((await command('report', 'U_HANA')).all).toContain('Organisatie-overzicht');
    expect((await command('report sales', 'U_HANA')).all).toContain('Teamrapport');
    expect((await command('report nope', 'U_HANA')).text).toContain('Support, Sales');
  });

  it('says when export is not set up', async () => {
    expect((await command('export')).text).toBe(
      'Exports are not available here yet. To see your figures instead: type /pulse dashboard.',
    );
    expect((await command('export', 'U_HANA')).text).toContain('Exporteren kan hier nog niet');
  });

  it('tells someone it does not know what to do', async () => {
    expect((await command('help', 'U_STRANGER')).text).toBe(notice('not-member', 'en').text);
  });
});

describe('settings buttons', () => {
  it('on App Home: changes the setting and republishes the home with the notice', async () => {
    const click = buttonClick({
      actionId: 'settings:language:nl',
      value: 'nl',
      user: 'U_ANN',
      container: { type: 'view', view_id: 'V0001' },
      view: { id: 'V0001', type: 'home', blocks: [], state: { values: {} }, hash: '1', callback_id: '' },
    });
    expect((await suite.harness.post(formBody(click), FORM)).status).toBe(200);
    await eventually(() => suite.slack.callsTo('views.publish').length === 1);
    expect(suite.harness.services.log).toContain('setLocale:nl');
    const view = suite.slack.callsTo('views.publish')[0]!.params.view!;
    expect(view).toContain('Taal: Nederlands.');
    expect(view).toContain(
      notice('settings', 'nl', { locale: 'nl', timeZone: 'Europe/Amsterdam', paused: false }).title,
    );
  });

  it('under /pulse settings: replaces the ephemeral message through response_url', async () => {
    let replaced: unknown;
    nock('https://hooks.slack.com')
      .post('/actions/T0001/1/abc')
      .reply(async (request: Request) => {
        replaced = await request.json();
        return [200, 'ok'];
      });
    const click = buttonClick({ actionId: 'settings:pause', value: 'pause', user: 'U_ANN' });
    expect((await suite.harness.post(formBody(click), FORM)).status).toBe(200);
    await eventually(() => replaced !== undefined);
    expect(replaced).toMatchObject({ replace_original: true, response_type: 'ephemeral', text: 'Paused.' });
  });
});
