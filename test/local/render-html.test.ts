import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../adapters/local/index.ts';
import { escapeHtml, html, safeUrl } from '../../adapters/local/render/html.ts';
import { scopeSvgIds } from '../../adapters/local/render/inline-svg.ts';
import { nudgePost, orgReport, pulseCard, teamReport } from './fakes.ts';
import { helpNotice, notice } from '../../src/messages/index.ts';

describe('renderHtml: pulse card', () => {
  it('renders a statement with markup in it as inert text', async () => {
    const out = await renderHtml(pulseCard({ statement: '<script>alert("x")</script> & <b>more</b>' }));
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;more&lt;/b&gt;');
  });

  it('gives each answer a real button, the chosen one pressed and recorded', async () => {
    const out = await renderHtml(pulseCard({ selected: { 's-1': 4 } }), { idPrefix: 'm7' });
    const buttons = out.match(/<button[^>]*data-action="answer"[^>]*>/g) ?? [];
    expect(buttons).toHaveLength(12);
    const pressed = buttons.filter((button) => button.includes('aria-pressed="true"'));
    expect(pressed).toHaveLength(1);
    expect(pressed[0]).toContain('data-statement="s-1"');
    expect(pressed[0]).toContain('data-value="4"');
    expect(out).toContain('data-value="null"');
    expect(out).toContain('Recorded: Agree');
    expect(out).toContain('<label for="m7-comment">Add a comment</label>');
    expect(out).toContain('aria-labelledby="m7-s0"');
    expect(out).not.toContain('disabled');
  });

  it('shows a closed card with its banner, choices kept but disabled, and no comment box', async () => {
    const out = await renderHtml(pulseCard({ state: 'closed', selected: { 's-2': 2 } }));
    expect(out).toContain('data-state="closed"');
    expect(out).toContain('This round has closed. Thank you!');
    expect((out.match(/\bdisabled\b/g) ?? []).length).toBe(12);
    expect(out).not.toContain('comment-form');
  });

  it('matches the snapshot in English and Dutch', async () => {
    expect(await renderHtml(pulseCard({ selected: { 's-1': 5 } }), { idPrefix: 'm1' })).toMatchSnapshot();
    const dutch = pulseCard({ locale: 'nl', statement: 'We weten wat onze klanten nodig hebben.' });
    expect(await renderHtml(dutch, { idPrefix: 'm2' })).toMatchSnapshot();
  });
});

describe('renderHtml: notice and nudge', () => {
  it('links only to web addresses', async () => {
    const safe = await renderHtml({
      kind: 'notice',
      locale: 'en',
      tone: 'info',
      text: 'See the dashboard',
      link: { label: 'Open', url: 'https://pulse.example.com/dashboard' },
    });
    expect(safe).toContain('<a href="https://pulse.example.com/dashboard">Open</a>');
    const unsafe = await renderHtml({
      kind: 'notice',
      locale: 'en',
      tone: 'warning',
      text: 'x',
      link: { label: 'Click', url: 'javascript:alert(1)' },
    });
    expect(unsafe).not.toContain('href');
    expect(unsafe).toContain('tone-warning');
  });

  it('says how the playground reaches a feature a notice points to, never a chat command', async () => {
    const expired = await renderHtml(notice('dashboard-link-expired', 'nl', { days: 7 }));
    expect(expired).toContain('Voor een nieuwe: druk bovenaan de pagina op “Open het dashboard”.');
    const help = await renderHtml(helpNotice('en'));
    expect(help).toContain('A break from the pulses: in a chat app, ask the bot for “pause”');
    expect(help).not.toContain('/pulse');
  });

  it('shows a nudge with two feedback buttons and the tally', async () => {
    const out = await renderHtml(nudgePost({ didThis: 3, notForUs: 1 }), { idPrefix: 'm3' });
    expect(out).toContain('data-post-id="post-1"');
    expect(out).toMatch(/data-feedback="did-this"[^>]*>\s*We did this <span class="tally">3<\/span>/);
    expect(out).toMatch(/data-feedback="not-for-us"[^>]*>\s*Not for us <span class="tally">1<\/span>/);
  });
});

describe('renderHtml: reports', () => {
  it('shows a hidden figure’s reason and never its number', async () => {
    for (const charts of [false, true]) {
      const out = await renderHtml(teamReport(), { idPrefix: 'm4', charts });
      expect(out).toContain('Hidden: fewer respondents than the anonymity threshold');
      expect(out).not.toMatch(/>93\b|\b93</);
      expect(out).not.toContain('n = 2');
    }
  });

  it('draws the team report’s charts inline with their n, each with a table', async () => {
    const out = await renderHtml(teamReport(), { idPrefix: 'm5' });
    // Each chart drawn for a page and for a phone, named by its title for a screen reader.
    expect((out.match(/<svg /g) ?? []).length).toBe(8);
    expect(out).toMatch(/<title id="m5-elements-wide-title">Element scores<\/title>/);
    expect(out).toContain('aria-labelledby="m5-elements-wide-title"');
    expect(out).toContain('71 (n = 7) ↑');
    expect(out).toContain('Team view from n = 7 respondents');
    expect(out).toContain('+18 you see yourself higher');
    // Under a section heading the chart has no title of its own, but keeps its n line.
    expect(out).toMatch(/<text[^>]*>Team view from n = 7 respondents<\/text>/);
    expect((out.match(/<details>/g) ?? []).length).toBe(4);
    expect(out).toContain('A self-assessment, not an INK recognition.');
  });

  it('writes the chart wording in the report’s language', async () => {
    const out = await renderHtml(teamReport('nl'), { idPrefix: 'm6' });
    expect(out).toContain('Toon de cijfers');
    expect(out).toContain('Verborgen: minder respondenten dan de anonimiteitsdrempel');
    expect(out).toContain('>Jij<');
  });

  it('draws the org heatmap with hidden cells greyed and ids scoped per message', async () => {
    const out = await renderHtml(orgReport(), { idPrefix: 'm9' });
    expect(out).toContain('Teams by element');
    expect(out).not.toMatch(/>97\b/);
    expect(out).toContain('n&lt;k');
    expect(out).toContain('<title id="m9-heatmap-title">');
    expect(out).toContain('aria-describedby="m9-heatmap-desc"');
    expect(out).toMatch(/<text[^>]*>No answers yet: W3<\/text>/);
  });
});

describe('html helpers', () => {
  it('escapes interpolations and keeps nested html', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${['<', 1]}${null}${false}</p>`.value).toBe('<p><b>&lt;i&gt;</b>&lt;1</p>');
  });

  it('accepts only web and relative links', () => {
    expect(safeUrl('/dashboard')).toBe('/dashboard');
    expect(safeUrl('report?x=1')).toBe('report?x=1');
    expect(safeUrl('HTTPS://x.test')).toBe('HTTPS://x.test');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
  });

  it('prefixes every SVG id and reference', () => {
    expect(scopeSvgIds('<g id="a"><rect fill="url(#a)"/><use href="#a"/></g>', 'p')).toBe(
      '<g id="p-a"><rect fill="url(#p-a)"/><use href="#p-a"/></g>',
    );
  });
});

describe('renderHtml: the document’s own wording wins', () => {
  it('uses the document’s hidden label, column headings, trend words and period labels', async () => {
    const base = teamReport();
    const report = {
      ...base,
      elements: [
        { ...base.elements[0]!, trendLabel: 'Up 6 points since last time', favourablePercent: 64 },
        { ...base.elements[1]!, hiddenLabel: 'Hidden: fewer than 5 people answered' },
      ],
      traits: [],
      emptyLabel: 'Nothing to show yet',
      columns: {
        score: 'Score',
        favourable: 'Agree %',
        n: 'People',
        trend: 'Direction',
        self: 'Self',
        team: 'Team',
        gap: 'Gap',
        current: 'Today',
        desired: 'Wanted',
        period: 'Week',
      },
    };
    const out = await renderHtml(report, { charts: false });
    expect(out).toContain('<th scope="col">Agree %</th>');
    expect(out).toContain('<th scope="col">People</th>');
    expect(out).toContain('<td>64%</td>');
    expect(out).toContain('Up 6 points since last time');
    expect(out).toContain('Hidden: fewer than 5 people answered');
    expect(out).not.toContain('Hidden: fewer respondents than the anonymity threshold');
    expect(out).toContain('<p class="empty">Nothing to show yet</p>');

    const org = orgReport();
    const labelled = {
      ...org,
      participation: org.participation.map((point, i) => ({ ...point, label: `Week ${i + 1}, 2026` })),
    };
    expect(await renderHtml(labelled, { charts: false })).toContain('<th scope="row">Week 2, 2026</th>');
  });

  it('shows the ends of a 0–10 scale and a nudge’s tally in words', async () => {
    const base = pulseCard();
    const card = {
      ...base,
      items: [
        {
          statementId: 'enps',
          text: 'How likely are you to recommend us as an employer?',
          scale: 'nps11' as const,
          options: Array.from({ length: 11 }, (_, value) => ({ value, label: String(value) })),
          anchors: { low: 'Not at all likely', high: 'Extremely likely' },
        },
      ],
    };
    const out = await renderHtml(card);
    expect(out).toContain('scale-nps11');
    expect(out).toContain('<span>Not at all likely</span><span>Extremely likely</span>');

    const nudge = {
      ...nudgePost({ didThis: 2, notForUs: 0 }),
      tallyLabel: 'Did this: 2',
      whyLabel: 'Why this',
    };
    const html = await renderHtml(nudge);
    expect(html).toContain('Did this: 2');
    expect(html).toContain('<h4 class="why-label">Why this</h4>');
  });
});
