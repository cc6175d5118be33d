import { describe, expect, it } from 'vitest';
import { messageAttachments } from '../../adapters/teams/render/attachments.ts';
import { buildTeamReport, chartAltText } from '../../src/messages/index.ts';
import { teamReportInput } from '../messages/fixtures.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

describe('the chart beside a team report in Teams', () => {
  it('names the picture with the chart in words, in the reader’s language', async () => {
    for (const locale of ['en', 'nl']) {
      const report = buildTeamReport(teamReportInput(locale));
      const [card, chart] = await messageAttachments(report, async () => png);
      expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(chart).toMatchObject({ contentType: 'image/png', name: chartAltText(report) });
      expect(chart?.name).toContain(locale === 'nl' ? 'Staafdiagram' : 'Bar chart');
    }
  });

  it('sends no picture when there is no chart to draw', async () => {
    const report = buildTeamReport(teamReportInput('en'));
    expect(await messageAttachments(report, async () => undefined)).toHaveLength(1);
  });
});
