import { describe, expect, it } from 'vitest';
import { LocalChatPlatform, localRoutes, orgReportCsv, teamReportCsv } from '../../adapters/local/index.ts';
import { directory, FakeServices, orgReport, teamReport } from './fakes.ts';
import { notice } from '../../src/messages/index.ts';

function setup() {
  const platform = new LocalChatPlatform({ directory });
  const services = new FakeServices();
  const app = localRoutes({ platform, services, directory, onError: () => undefined });
  return { app, services };
}

describe('the dashboard', () => {
  it('lists a leader’s teams and links back to the playground', async () => {
    const { app } = setup();
    const res = await app.request('/dashboard?as=p-bram');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('href="/dashboard/teams/t-support?as=p-bram"');
    expect(page).not.toContain('/dashboard/org');
    expect(page).not.toContain('t-sales');
    expect(page).toContain('href="/?as=p-bram"');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('shows a team report with charts, hidden figures as reasons, and a CSV link', async () => {
    const { app, services } = setup();
    const res = await app.request('/dashboard/teams/t-support?as=p-bram');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<h1>Support</h1>');
    // Four charts, each drawn for a page and for a phone.
    expect((page.match(/<svg /g) ?? []).length).toBe(8);
    expect(page).toContain('Hidden: fewer respondents than the anonymity threshold');
    expect(page).not.toMatch(/>93\b/);
    expect(page).toContain('href="/dashboard/teams/t-support/csv?as=p-bram"');
    expect(page).toMatch(/href="\/dashboard\/teams\/t-support\?as=p-bram"\s+aria-current="page"/);
    expect(services.calls).toContainEqual({
      method: 'teamReport',
      input: { viewerId: 'p-bram', teamId: 't-support' },
    });
  });

  it('gives viewers everything kept about them as a JSON download, and nobody else’s', async () => {
    const { app } = setup();
    const res = await app.request('/dashboard/my-data?as=p-bram');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('excellence-pulse-my-data.json');
    expect(JSON.parse(await res.text())).toMatchObject({ person: { id: 'p-bram' }, rounds: [] });
    expect((await app.request('/dashboard/my-data')).status).toBe(401);
  });

  it('answers 403 when a leader opens another team’s report or its CSV', async () => {
    const { app } = setup();
    for (const path of ['/dashboard/teams/t-sales?as=p-bram', '/dashboard/teams/t-sales/csv?as=p-bram']) {
      const res = await app.request(path);
      expect(res.status).toBe(403);
      const page = await res.text();
      expect(page).toContain('<h1>Geen toegang</h1>');
      // The refusal chat gives, in the viewer's language; not the English message of the error.
      expect(page).toContain(notice('forbidden', 'nl').text as string);
      expect(page).not.toContain('You can only see the reports of teams you lead.');
      expect(page).not.toContain('Support team report');
    }
    expect((await app.request('/dashboard/org?as=p-bram')).status).toBe(403);
    expect((await app.request('/dashboard/teams/t-nope?as=p-bram')).status).toBe(404);
  });

  it('gives HR the organisation with the heatmap, and every team', async () => {
    const { app } = setup();
    const index = await (await app.request('/dashboard?as=p-dana')).text();
    expect(index).toContain('href="/dashboard/org?as=p-dana"');
    expect(index).toContain('href="/dashboard/teams/t-sales?as=p-dana"');
    const res = await app.request('/dashboard/org?as=p-dana');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Teams by element');
    expect(page).toContain('n&lt;k');
    expect(page).not.toMatch(/>97\b/);
    expect((await app.request('/dashboard/teams/t-sales?as=p-dana')).status).toBe(200);
  });

  it('shows an employee their own participation and the privacy explanation', async () => {
    const { app } = setup();
    const page = await (await app.request('/dashboard?as=p-ann')).text();
    expect(page).toContain('There are no team reports for you to see.');
    expect(page).toContain('p-ann: 3 of 4 rounds');
    expect(page).toContain('How your answers are protected');
    // The playground says how it offers each feature the explanation points to: its own
    // dashboard link, and plainly that settings and exports are asked of the bot in a chat app.
    expect(page).toContain('To see your participation: press “Open the dashboard” at the top of the page.');
    expect(page).toContain(
      'To see what is kept about you: in a chat app, ask the bot for “settings”; this playground has no button for it.',
    );
    expect(page).not.toContain('/pulse');
  });

  it('asks who is looking when nobody is chosen', async () => {
    const { app } = setup();
    const res = await app.request('/dashboard');
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('Choose who you are in the chat playground first.');
  });

  it('exports exactly the shown aggregates as CSV', async () => {
    const { app } = setup();
    const res = await app.request('/dashboard/org/csv?as=p-dana');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="organisation.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder().decode(bytes);
    expect(
      body.startsWith(
        'section,team,key,label,value,n,favourable_percent,hidden_reason,rounds,statements,window_weeks,as_of_week,window_from,window_to\r\n',
      ),
    ).toBe(true);
    expect(body).toContain('heatmap,Support,leadership,Leadership,66,7,,,,,,,,\r\n');
  });

  it('leaves hidden figures and the leader’s self-view out of the CSV', () => {
    const team = teamReportCsv(teamReport());
    expect(team).toContain(
      'elements,Support,understanding-customers,Understanding customers,71,7,,,,,,,,\r\n',
    );
    expect(team).toContain('elements,Support,vision-strategy,Vision & strategy,,,,below_k,,,,,,\r\n');
    expect(team).not.toContain('93');
    expect(team).not.toContain('Appreciative');
    expect(team).toContain('culture_desired,Support,open,Open,80,7,,,,,,,,\r\n');

    const org = orgReportCsv(orgReport());
    expect(org).toContain(
      'heatmap,Sales,understanding-customers,Understanding customers,,,,below_k,,,,,,\r\n',
    );
    expect(org).not.toContain('97');
    expect(org).toContain('participation,,W3,W3,,,,no_data,,,,,,\r\n');
  });

  it('writes a formula-looking name as text', () => {
    const report = { ...teamReport(), team: { id: 't', name: '=HYPERLINK("x")' } };
    expect(teamReportCsv(report)).toContain(`'=HYPERLINK(""x"")`);
  });

  it('speaks Dutch to a Dutch leader', async () => {
    const { app } = setup();
    const page = await (await app.request('/dashboard/teams/t-sales?as=p-bram')).text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('Geen toegang');
    expect(page).toContain('Terug naar het dashboard');
  });
});
