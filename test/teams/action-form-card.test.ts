import { describe, expect, it } from 'vitest';
import { renderActionForm } from '../../adapters/teams/render/action-form.ts';
import { cardProblems } from '../../adapters/teams/render/card-checks.ts';
import { renderNudgePost } from '../../adapters/teams/render/nudge-post.ts';
import { parseExecuteTap, VERB } from '../../adapters/teams/render/verbs.ts';
import { buildActionForm, buildNudgePost } from '../../src/messages/index.ts';
import { LOCALES, type Locale } from '../../src/model/keys.ts';
import { bank, nodesOfType } from './cards-fixtures.ts';
import { parserEvents } from './support/card-parser.ts';

function form(locale: Locale, members = 3) {
  return buildActionForm({
    locale,
    nudgePostId: 'post-1',
    teamId: 'team-1',
    teamName: 'Support',
    targetLabel: 'Customer experience',
    suggestedTitle: 'Share one customer story',
    owners: Array.from({ length: members }, (_, i) => ({ platformUserId: `29:p${i}`, name: `Person ${i}` })),
    suggestedDue: '2026-12-11',
  });
}

/**
 * "Make this an action" on Teams: a team's nudge offers it, the tap comes
 * back with a form card (title, owner from the team, due date) that the
 * official parser accepts, and the form's tap carries what was filled in.
 */
describe('the action form on Teams', () => {
  it.each(LOCALES)('parses with zero events and passes the extra checks in %s', (locale) => {
    const card = renderActionForm(form(locale));
    expect(parserEvents(card)).toEqual([]);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(locale === 'nl' ? 'Eigenaar' : 'Owner');
  });

  it('offers the team’s members as owners, the one filling it in first, with the title and date filled in', () => {
    const card = renderActionForm(form('en'));
    const [owner] = nodesOfType(card, 'Input.ChoiceSet');
    expect(owner).toMatchObject({ value: '29:p0', style: 'compact' });
    expect(owner?.choices).toEqual([
      { title: 'Person 0', value: '29:p0' },
      { title: 'Person 1', value: '29:p1' },
      { title: 'Person 2', value: '29:p2' },
    ]);
    expect(nodesOfType(card, 'Input.Text')).toEqual([
      expect.objectContaining({ value: 'Share one customer story', maxLength: 200 }),
    ]);
    expect(nodesOfType(card, 'Input.Date')).toEqual([expect.objectContaining({ value: '2026-12-11' })]);
    expect(nodesOfType(renderActionForm(form('en', 40)), 'Input.ChoiceSet')[0]?.style).toBe('filtered');
  });

  it('sends the post id with what was filled in, and refuses a tap naming neither post nor team', () => {
    const [submit] = nodesOfType(renderActionForm(form('en')), 'Action.Execute');
    expect(submit).toMatchObject({ verb: VERB.actionCreate, data: { p: 'post-1' } });
    const filled = { p: 'post-1', actionTitle: 'Call back', actionOwner: '29:p1', actionDue: '2026-12-18' };
    expect(parseExecuteTap(VERB.actionCreate, filled)?.data).toEqual(filled);
    expect(parseExecuteTap(VERB.actionCreate, { actionTitle: 'Call back' })).toBeUndefined();
  });

  it('without a nudge, offers every element with the chosen one selected, and sends the team', () => {
    const card = renderActionForm(
      buildActionForm({
        locale: 'nl',
        teamId: 'team-1',
        teamName: 'Support',
        targetLabel: 'Luisteren',
        targets: [
          { key: 'vision', label: 'Visie' },
          { key: 'listening', label: 'Luisteren' },
        ],
        selectedTarget: 'listening',
        suggestedTitle: '',
        owners: [{ platformUserId: '29:p0', name: 'Person 0' }],
        suggestedDue: '2026-12-11',
      }),
    );
    expect(parserEvents(card)).toEqual([]);
    const [element] = nodesOfType(card, 'Input.ChoiceSet');
    expect(element).toMatchObject({ id: 'actionTarget', label: 'Element', value: 'listening' });
    expect(nodesOfType(card, 'Action.Execute')[0]?.data).toEqual({ team: 'team-1' });
  });

  it('puts “Make this an action” under a team’s nudge only, not under a leader’s', () => {
    const post = (audience: 'team' | 'leader') =>
      renderNudgePost(
        buildNudgePost({
          nudge: bank.nudges.find((nudge) => nudge.audience === audience)!,
          postId: 'post-1',
          locale: 'en',
          content: bank,
        }),
      );
    const verbs = (audience: 'team' | 'leader') =>
      nodesOfType(post(audience), 'Action.Execute').map((action) => [action.verb, action.data]);
    expect(verbs('team')).toContainEqual([VERB.actionForm, { p: 'post-1' }]);
    expect(verbs('leader').map(([verb]) => verb)).not.toContain(VERB.actionForm);
  });
});
