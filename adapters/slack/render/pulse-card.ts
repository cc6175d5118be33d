import type { types } from '@slack/bolt';
import type { AnswerOption, PulseCard, PulseItem } from '../../../src/messages/types.ts';
import { ACTION, answerActionId, encodeAnswerValue, encodeCommentValue } from './action-ids.ts';
import type { SlackMessage } from './slack-message.ts';
import { context, escapeMrkdwn, header, plain, section, truncate } from './text.ts';
import { balancedRows } from '../../../src/messages/layout.ts';

/** Buttons per row: six fits 1–5 plus "don't know"; the 0–10 scale becomes two rows. */
const BUTTONS_PER_ROW = 6;

/**
 * The pulse DM: intro, each statement with its answer buttons, progress, the
 * privacy line and "add a comment". Re-rendered after each click and sent with
 * chat.update; a closed card shows its banner and no buttons.
 */
export function renderPulseCard(card: PulseCard): SlackMessage {
  const open = card.state === 'open';
  const blocks: types.KnownBlock[] = [];
  if (card.title) blocks.push(header(card.title));
  if (card.banner) blocks.push(section(`${open ? ':bell:' : ':lock:'} ${escapeMrkdwn(card.banner)}`));
  if (card.intro) blocks.push(section(escapeMrkdwn(card.intro)));

  card.items.forEach((item, index) => {
    blocks.push(section(itemText(card, item, index), `pulse:item:${index}`));
    if (open) blocks.push(...answerRows(card, item, index));
  });

  blocks.push(context(escapeMrkdwn(card.progress.label), escapeMrkdwn(card.closesLabel)));
  if (open) {
    blocks.push({
      type: 'actions',
      block_id: 'pulse:comment',
      elements: [
        {
          type: 'button',
          action_id: ACTION.comment,
          text: plain(card.labels.addComment, 75),
          value: encodeCommentValue({ t: card.token }),
        },
      ],
    });
  }
  blocks.push(context(`:lock: ${escapeMrkdwn(card.privacyLine)}`));

  const fallback = [card.title, card.banner, card.intro].filter(Boolean).join(' — ');
  return { text: truncate(fallback, 300), blocks };
}

function itemText(card: PulseCard, item: PulseItem, index: number): string {
  const lines = [`*${index + 1}.* ${escapeMrkdwn(item.text)}`];
  const chosen = selectedOption(item);
  if (chosen) {
    lines.push(`:white_check_mark: _${escapeMrkdwn(card.labels.recorded)}: ${escapeMrkdwn(chosen.label)}_`);
  }
  return lines.join('\n');
}

function selectedOption(item: PulseItem): AnswerOption | undefined {
  if (item.selected === undefined) return undefined;
  return item.options.find((option) => option.value === item.selected);
}

function answerRows(card: PulseCard, item: PulseItem, itemIndex: number): types.ActionsBlock[] {
  const chosen = selectedOption(item);
  const buttons = item.options.map((option, optionIndex): types.Button => ({
    type: 'button',
    action_id: answerActionId(itemIndex, optionIndex),
    text: plain(option.label, 75),
    value: encodeAnswerValue({ t: card.token, s: item.statementId, v: option.value }),
    ...(chosen === option ? { style: 'primary' as const } : {}),
  }));
  return balancedRows(buttons, BUTTONS_PER_ROW).map((elements, row) => ({
    type: 'actions',
    block_id: `pulse:answers:${itemIndex}:${row}`,
    elements,
  }));
}
