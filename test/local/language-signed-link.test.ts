import { describe, expect, it } from 'vitest';
import { dashboardRoutes, tokenViewer, type DashboardViewer } from '../../adapters/local/dashboard/index.ts';
import { playgroundReach } from '../../adapters/local/render/feature-reach.ts';
import { FakeServices } from './fakes.ts';

/** A signed link's person, as Slack and Teams dashboards resolve it from `?t=`. */
const dana: DashboardViewer = {
  id: 'p-dana',
  displayName: 'Dana',
  locale: 'nl',
  isHr: true,
  isAdmin: false,
  query: '?t=signed.token',
};

function setup() {
  const services = new FakeServices();
  const app = dashboardRoutes({
    services,
    viewer: tokenViewer(async (token) => (token === 'signed.token' ? dana : undefined)),
    reach: playgroundReach,
    onError: () => undefined,
  });
  return { app, services };
}

describe('the language switch behind a signed dashboard link', () => {
  it('posts with the link’s token and comes back to the same page', async () => {
    const { app, services } = setup();
    const page = await (await app.request('/dashboard/teams/t-support?t=signed.token')).text();
    expect(page).toContain('action="/dashboard/language?t=signed.token"');
    expect(page).toContain('name="back" value="/dashboard/teams/t-support?t=signed.token"');

    const res = await app.request('/dashboard/language?t=signed.token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
      body: 'locale=en&back=%2Fdashboard%2Fteams%2Ft-support%3Ft%3Dsigned.token',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/dashboard/teams/t-support?t=signed.token');
    expect(services.calls).toContainEqual({
      method: 'setLocale',
      input: { personId: 'p-dana', locale: 'en' },
    });
  });

  it('changes nobody’s language without a genuine link', async () => {
    const { app, services } = setup();
    for (const query of ['', '?t=forged']) {
      const res = await app.request(`/dashboard/language${query}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'locale=en&back=%2Fdashboard',
      });
      expect(res.status).toBe(401);
    }
    expect(services.calls.filter((call) => call.method === 'setLocale')).toEqual([]);
  });
});
