import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/model/keys.ts';
import { renderCard } from '../../adapters/teams/render/render-card.ts';
import { COMMENT_INPUT_ID, parseExecuteTap, VERB } from '../../adapters/teams/render/verbs.ts';
import { closedCard, notice, nudgePost, orgReport, pulseCard, teamReport, TOKEN } from '../slack/fixtures.ts';
import { fullTeamReport, nodesOfType, type Json } from './cards-fixtures.ts';

const executes = (node: unknown) => nodesOfType(node, 'Action.Execute');
const texts = (node: unknown) => JSON.stringify(node);

describe.each(LOCALES)('what the cards say and do in %s', (locale) => {
  it('answers a statement with one tap: the verb, the token, the statement and the value', () => {
    const doc = pulseCard(locale);
    const { card, chart } = renderCard(doc);
    expect(chart).toBe(false);
    const answers = executes(card).filter((action) => action.verb === VERB.answer);
    // 3 × (5 + don't know) + 11 for the 0–10 scale
    expect(answers).toHaveLength(3 * 6 + 11);
    expect(answers.slice(0, 6).map((a) => a.title)).toEqual(doc.items[0]!.options.map((o) => o.label));
    expect(answers[0]!.data).toEqual({ t: TOKEN, s: 'uc.customers-expectations', v: 1 });
    expect(answers[5]!.data).toEqual({ t: TOKEN, s: 'uc.customers-expectations', v: null });
    expect(parseExecuteTap(answers[5]!.verb, answers[5]!.data)).toEqual({
      verb: VERB.answer,
      data: { t: TOKEN, s: 'uc.customers-expectations', v: null },
    });
    // A tap sends its answer only, never a half-typed comment.
    for (const answer of answers) expect(answer.associatedInputs).toBe('none');
  });

  it('lays answers out in rows of at most five (6 → 3 + 3, 11 → 4 + 4 + 3)', () => {
    const sets = nodesOfType(renderCard(pulseCard(locale)).card, 'ActionSet')
      .map((set) => executes(set))
      .filter((actions) => actions.every((a) => a.verb === VERB.answer));
    expect(sets.map((actions) => actions.length)).toEqual([3, 3, 3, 3, 3, 3, 4, 4, 3]);
  });

  it('marks only the chosen answers, "don\'t know" included, and says they were recorded', () => {
    const doc = pulseCard(locale);
    const { card } = renderCard(doc);
    const chosen = executes(card).filter((a) => a.style === 'positive');
    expect(chosen.map((a) => a.data)).toEqual([
      { t: TOKEN, s: 'lead.role-model', v: 4 },
      { t: TOKEN, s: 'mon.complaints', v: null },
      { t: TOKEN, s: 'enps', v: 9 },
    ]);
    expect(texts(card)).toContain(doc.labels.recorded);
    expect(texts(card)).toContain(doc.progress.label);
    expect(texts(card)).toContain(doc.privacyLine);
  });

  it('takes a comment through a text box sent with its own button', () => {
    const doc = pulseCard(locale);
    const { card } = renderCard(doc);
    const [input] = nodesOfType(card, 'Input.Text');
    expect(input).toMatchObject({
      id: COMMENT_INPUT_ID,
      label: doc.labels.addComment,
      placeholder: doc.labels.commentPlaceholder,
      isMultiline: true,
    });
    const comment = executes(card).find((a) => a.verb === VERB.comment);
    expect(comment).toMatchObject({ title: doc.labels.commentSubmit, data: { t: TOKEN } });
    // Teams adds the box's value to the tap's data under the input's id.
    const tap = parseExecuteTap(comment!.verb, {
      ...(comment!.data as Json),
      [COMMENT_INPUT_ID]: 'More coffee.',
    });
    expect(tap).toEqual({ verb: VERB.comment, data: { t: TOKEN, comment: 'More coffee.' } });
  });

  it('shows a closed card with its banner and nothing to tap or type', () => {
    const doc = closedCard(locale);
    const { card } = renderCard(doc);
    expect(executes(card)).toEqual([]);
    expect(nodesOfType(card, 'Input.Text')).toEqual([]);
    expect(texts(card)).toContain(doc.banner);
  });

  it('gives the nudge buttons their verbs and the post id, and shows the tally', () => {
    const doc = nudgePost(locale, true);
    const { card } = renderCard(doc);
    expect(executes(card).map((a) => [a.verb, a.title, a.data])).toEqual([
      [VERB.nudgeDidThis, doc.feedback.didThis, { p: 'nudge-post-1' }],
      [VERB.nudgeNotForUs, doc.feedback.notForUs, { p: 'nudge-post-1' }],
    ]);
    expect(nodesOfType(card, 'FactSet')[0]).toMatchObject({
      facts: [{ value: '4' }, { value: '1' }],
    });
  });

  it('says a chart belongs with a team report that has element scores, and with nothing else', () => {
    expect(renderCard(teamReport(locale)).chart).toBe(true);
    expect(renderCard(teamReport(locale, 0)).chart).toBe(false);
    expect(renderCard(orgReport(locale)).chart).toBe(false);
    expect(renderCard(notice(locale)).chart).toBe(false);
  });

  it('shows hidden figures as a lock, never a number, in the reader’s notation', () => {
    const { card } = renderCard(teamReport(locale));
    const facts = nodesOfType(card, 'FactSet').flatMap(
      (set) => set.facts as { title: string; value: string }[],
    );
    expect(facts.find((fact) => fact.title === 'Element 4')?.value).toBe('🔒');
    expect(facts.find((fact) => fact.title === 'Element 2')?.value).toContain(
      locale === 'nl' ? '3,1' : '3.1',
    );
  });

  it('quotes comments as plain text, or says why they are hidden', () => {
    const runs = nodesOfType(renderCard(teamReport(locale)).card, 'TextRun');
    expect(runs.map((run) => run.text)).toEqual([
      '“More time for customers <please> & thanks.”',
      '“Great team.”',
    ]);
    const hidden = renderCard(teamReport(locale, 9, { hiddenLabel: 'Shown from 10 people.' })).card;
    expect(texts(hidden)).toContain('Shown from 10 people.');
  });

  it('shows scores over time as a table of the last six four-week periods', () => {
    const doc = fullTeamReport(locale);
    const [table] = nodesOfType(renderCard(doc).card, 'Table');
    const rows = table!.rows as { cells: unknown[] }[];
    expect(rows).toHaveLength(1 + doc.history!.rows.length);
    expect(rows[0]!.cells).toHaveLength(1 + 6);
    expect(texts(rows[0])).toContain(doc.history!.weekLabels['2026-W48']);
  });

  it('links the dashboard with its label, and a notice with its link', () => {
    const report = teamReport(locale);
    expect(renderCard(report).card.actions).toEqual([
      { type: 'Action.OpenUrl', title: report.dashboardLabel, url: report.dashboardUrl },
    ]);
    const doc = notice(locale);
    expect(renderCard(doc).card.actions).toEqual([
      { type: 'Action.OpenUrl', title: doc.link!.label, url: doc.link!.url },
    ]);
  });
});
