import { describe, expect, it } from 'vitest';
import { actionSubject, renderActionModal } from '../../adapters/slack/render/action-modal.ts';
import { viewViolations } from '../../adapters/slack/render/block-kit-limits.ts';
import { buildActionForm } from '../../src/messages/index.ts';
import { targetLabel } from '../../src/messages/content-labels.ts';
import { loadContentBank } from '../../src/model/index.ts';
import type { Locale } from '../../src/model/keys.ts';

const bank = loadContentBank();

/** The form `/pulse action` gets: every element, the weakest shown one chosen, a team of `members`. */
function teamForm(locale: Locale, members: number) {
  const targets = bank.elements.map((element) => ({
    key: element.key,
    label: targetLabel(bank, { kind: 'element', key: element.key }, locale),
  }));
  const chosen = targets[2] ?? targets[0];
  return buildActionForm({
    locale,
    teamId: 'team-7',
    teamName: 'Klantenservice',
    targets,
    selectedTarget: chosen?.key ?? '',
    targetLabel: chosen?.label ?? '',
    suggestedTitle: '',
    owners: Array.from({ length: members }, (_, i) => ({ platformUserId: `U${i}`, name: `Person ${i}` })),
    suggestedDue: '2026-12-11',
  });
}

type Select = { options: { text: { text: string }; value: string }[]; initial_option?: { value: string } };

describe('the Slack action modal without a nudge', () => {
  it.each(['en', 'nl'] as const)('offers every element with the chosen one selected (%s)', (locale) => {
    const form = teamForm(locale, 3);
    const view = renderActionModal(form);
    expect(viewViolations(view as never)).toEqual([]);
    const picker = view.blocks.find((block) => block.block_id === 'action-target') as
      { label: { text: string }; element: Select } | undefined;
    expect(picker?.label.text).toBe(form.labels.target);
    expect(picker?.element.options.map((option) => option.value)).toEqual(bank.elements.map((e) => e.key));
    expect(picker?.element.initial_option?.value).toBe(form.selectedTarget);
    expect(actionSubject(view.private_metadata ?? '')).toEqual({ teamId: 'team-7' });
  });

  it('stays within Slack’s limits for a large team, listing its first hundred members', () => {
    const view = renderActionModal(teamForm('nl', 140));
    expect(viewViolations(view as never)).toEqual([]);
    const owner = view.blocks.find((block) => block.block_id === 'action-owner') as
      { element: Select } | undefined;
    expect(owner?.element.options).toHaveLength(100);
  });

  it('still reads a nudge’s modal as the nudge it came from', () => {
    expect(actionSubject('post-42')).toEqual({ nudgePostId: 'post-42' });
  });
});
