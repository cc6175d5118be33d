import { lineChartSpec } from '../../../src/charts/index.ts';
import type { HomeMover, HomeSummary, OrgHome, TeamHome } from '../../../src/app/reports/home-figures.ts';
import {
  chartWords,
  t,
  type ChartWords,
  type FeatureReach,
  type MessageKey,
} from '../../../src/messages/index.ts';
import type { ScoreCell, SeriesPoint } from '../../../src/messages/types.ts';
import { figureHtml, nHtml, scoreHtml, scoreWithNHtml, tableHtml } from '../render/figures-html.ts';
import { html, type SafeHtml } from '../render/html.ts';
import { noticeHtml } from '../render/notice-html.ts';

export interface HomeHtmlOptions {
  readonly basePath: string;
  /** The viewer's query (`?as=` or `?t=`) every link keeps. */
  readonly query: string;
  readonly reach: FeatureReach;
}

interface Context extends HomeHtmlOptions {
  readonly home: HomeSummary;
  readonly text: ChartWords;
  readonly say: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
}

/**
 * The dashboard's home: "how are we doing?" for the organisation (HR) and
 * each team the viewer leads, every figure with its n and the weeks it
 * covers, each trend drawn small with its figures in a table below.
 */
export async function homeHtml(home: HomeSummary, options: HomeHtmlOptions): Promise<SafeHtml> {
  const context: Context = {
    ...options,
    home,
    text: chartWords(home.locale),
    say: (key, params) => t(home.locale, key, params),
  };
  const { say } = context;
  const subject = home.organisation
    ? home.teams.length > 0
      ? 'home.subject.both'
      : 'home.subject.organisation'
    : 'home.subject.teams';
  const organisation = home.organisation;
  return html`<p class="home-intro">${say('home.intro', { subject: say(subject) })}</p>
    ${
      organisation === undefined
        ? ''
        : html`<section class="home-block home-organisation" aria-labelledby="home-organisation">
            <h2 id="home-organisation">${say('home.organisation')}</h2>
            ${organisation.kind === 'org-notice' ? noticeHtml(organisation.notice, options.reach) : await orgHtml(context, organisation)}
            <p class="home-open">${link(context, '/dashboard/org', say('home.open-organisation'))}</p>
          </section>`
    }
    ${await Promise.all(home.teams.map((team, index) => teamSection(context, team, index)))}`;
}

async function teamSection(context: Context, team: HomeSummary['teams'][number], index: number) {
  const id = `home-team-${index}`;
  const path = `/dashboard/teams/${encodeURIComponent(team.team.id)}`;
  return html`<section class="home-block home-team" aria-labelledby="${id}">
    <h2 id="${id}">${team.team.name}</h2>
    ${team.kind === 'team-notice' ? noticeHtml(team.notice, context.reach) : await teamHtml(context, team, id)}
    <p class="home-open">${link(context, path, context.say('home.open-team', { team: team.team.name }))}</p>
  </section>`;
}

async function teamHtml(context: Context, team: TeamHome, id: string): Promise<SafeHtml> {
  const { say, text, home } = context;
  return html`${team.windowLabel ? html`<p class="score-window">${team.windowLabel}</p>` : ''}
    <div class="home-figures">
      <article class="home-figure">
        <h3>${team.engagement.label}</h3>
        <p class="headline">${scoreWithNHtml(team.engagement.cell, text, home.locale)}</p>
        ${team.engagement.trendLabel ? html`<p class="trend">${team.engagement.trendLabel}</p>` : ''}
        ${await trendHtml(context, `${id}-engagement`, say('home.trend.periods'), team.engagement.trend, {
          heading: text.score,
          domain: [0, 100],
        })}
      </article>
      <article class="home-figure">
        <h3>${say('home.enps')}</h3>
        ${enpsHeadline(context, team)}
        ${await trendHtml(context, `${id}-enps`, say('home.trend.rounds'), team.enps.trend, {
          heading: say('home.enps'),
          domain: [-100, 100],
        })}
      </article>
      <article class="home-figure">
        <h3>${say('home.participation')}</h3>
        <p class="headline">${team.participation.label}</p>
        <p class="as-of">${say('home.participation.latest', { period: team.participation.periodLabel })}</p>
      </article>
    </div>
    <h3>${say('home.movers')}</h3>
    <p class="caveat">${say('home.movers.note')}</p>
    ${
      team.movers.up.length + team.movers.down.length === 0
        ? html`<p class="empty">${say('home.movers.none')}</p>`
        : html`<div class="home-movers">
            ${moversHtml(context, say('home.movers.up'), team.movers.up, 'up')}
            ${moversHtml(context, say('home.movers.down'), team.movers.down, 'down')}
          </div>`
    }`;
}

async function orgHtml(context: Context, org: OrgHome): Promise<SafeHtml> {
  const { say, text, home } = context;
  const participation = org.participation.latest;
  return html`<p class="meta">${org.periodLabel}</p>
    <div class="home-figures">
      <article class="home-figure">
        <h3>${say('home.enps')}</h3>
        ${org.enps.latest ? html`<p class="headline">${scoreWithNHtml(cellOf(org.enps.latest), text, home.locale)}</p>` : ''}
        ${latestHtml(context, org.enps.latest ?? org.enps.trend.at(-1))}
        ${await trendHtml(context, 'home-org-enps', say('home.trend.periods.org'), org.enps.trend, {
          heading: say('home.enps'),
          domain: [-100, 100],
        })}
      </article>
      <article class="home-figure">
        <h3>${say('home.participation')}</h3>
        ${
          participation
            ? html`<p class="headline">${participation.label}</p>
                <p class="as-of">
                  ${say('home.participation.latest', { period: participation.periodLabel })}
                </p>`
            : ''
        }
        ${await trendHtml(
          context,
          'home-org-participation',
          say('home.trend.weeks'),
          org.participation.trend,
          {
            heading: text.participation,
            domain: [0, 100],
            unit: '%',
          },
        )}
      </article>
    </div>
    <h3>${say('home.teams')}</h3>
    <p class="caveat">${say('home.teams.note')}</p>
    <div class="figure-table">
      ${tableHtml(
        `${say('home.teams')}: ${org.engagementLabel}`,
        [text.team, org.engagementLabel, text.n],
        org.teams.map((row) => [
          link(context, `/dashboard/teams/${encodeURIComponent(row.team.id)}`, row.team.name),
          scoreHtml(row.cell, text, home.locale),
          nHtml(row.cell),
        ]),
      )}
    </div>
    <h3>${say('home.falling')}</h3>
    ${
      org.falling.length === 0
        ? html`<p class="empty">${say('home.falling.none')}</p>`
        : html`<ul class="home-movers-list">
            ${org.falling.map((fall) => html`<li>${fall.team}: ${fall.label} <span class="change">${fall.change}</span></li>`)}
          </ul>`
    }`;
}

/** A small line over the periods, with the same figures as a table; one period alone is the table. */
async function trendHtml(
  context: Context,
  id: string,
  caption: string,
  points: readonly SeriesPoint[],
  scale: { readonly heading: string; readonly domain: readonly [number, number]; readonly unit?: string },
): Promise<SafeHtml> {
  if (points.length === 0) return html``;
  const { text, home } = context;
  const { domain, unit = '' } = scale;
  const table = tableHtml(
    caption,
    [text.period, scale.heading, text.n],
    points.map((point) => {
      const cell = cellOf(point);
      return [
        point.label ?? point.period,
        html`${scoreHtml(cell, text, home.locale)}${unit && cell.hidden === undefined ? unit : ''}`,
        nHtml(cell),
      ];
    }),
  );
  const spec =
    points.length > 1
      ? lineChartSpec(
          points,
          { locale: home.locale, title: '', n: text.n, hidden: text.hidden, valueAxis: scale.heading },
          { width: 300, height: 140, domain, unit },
        )
      : undefined;
  return html`<p class="trend-caption">${caption}</p>
    ${spec ? '' : html`<p class="caveat">${context.say('home.trend.too-short')}</p>`}
    ${await figureHtml({ id, title: caption, text, spec, table })}`;
}

/**
 * The eNPS of the latest round that asked it, with its week: a round that
 * did not ask it has nothing to say, so the line's last point speaks.
 */
function enpsHeadline(context: Context, team: TeamHome): SafeHtml {
  const last = team.enps.trend.at(-1);
  const cell = last ? cellOf(last) : team.enps.cell;
  if (!cell) return html``;
  return html`<p class="headline">${scoreWithNHtml(cell, context.text, context.home.locale)}</p>
    ${latestHtml(context, last)}`;
}

function latestHtml(context: Context, point: SeriesPoint | undefined): SafeHtml {
  return point
    ? html`<p class="as-of">${context.say('home.latest', { period: point.label ?? point.period })}</p>`
    : html``;
}

function moversHtml(context: Context, heading: string, movers: readonly HomeMover[], way: 'up' | 'down') {
  if (movers.length === 0) return html``;
  return html`<div class="home-movers-${way}">
    <h4>${heading}</h4>
    <ul class="home-movers-list">
      ${movers.map(
        (mover) =>
          html`<li>
            <strong>${mover.label}</strong>: ${mover.trendLabel} ·
            ${scoreWithNHtml(mover.cell, context.text, context.home.locale)}
          </li>`,
      )}
    </ul>
  </div>`;
}

function cellOf(point: SeriesPoint): ScoreCell {
  return { score: point.value, n: point.n, ...(point.hidden === undefined ? {} : { hidden: point.hidden }) };
}

function link(context: Context, path: string, label: string): SafeHtml {
  return html`<a href="${context.basePath}${path}${context.query}">${label}</a>`;
}
