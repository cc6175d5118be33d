import type { AnswerOption, PulseCard, PulseItem } from '../../../src/messages/types.ts';
import {
  actionSet,
  balancedRows,
  card,
  heading,
  MAX_ACTIONS_PER_SET,
  subtle,
  text,
  type AdaptiveCard,
  type CardElement,
  type Container,
  type ExecuteAction,
} from './adaptive-card.ts';
import { ALLOW_REPLIES_INPUT_ID, COMMENT_INPUT_ID, COMMENT_MAX_LENGTH, VERB } from './verbs.ts';

/**
 * The pulse in a 1:1 chat: intro, each statement with its one-tap answers
 * (`Action.Execute`, the chosen one marked), progress, the comment box and
 * the privacy line. The bot answers every tap with this card re-rendered, so
 * it updates in place; a closed card shows its banner and nothing to tap.
 */
export function renderPulseCard(pulse: PulseCard): AdaptiveCard {
  const open = pulse.state === 'open';
  const body: CardElement[] = [];
  if (pulse.title) body.push(heading(pulse.title, 'Large'));
  if (pulse.banner) {
    body.push({
      type: 'Container',
      style: open ? 'accent' : 'emphasis',
      items: [text(`${open ? '🔔' : '🔒'} ${pulse.banner}`)],
    });
  }
  if (pulse.intro) body.push(text(pulse.intro));

  pulse.items.forEach((item, index) => body.push(itemBlock(pulse, item, index, open)));

  body.push(subtle(pulse.progress.label), subtle(pulse.closesLabel));
  if (open) {
    body.push(
      {
        type: 'Input.Text',
        id: COMMENT_INPUT_ID,
        label: pulse.labels.addComment,
        placeholder: pulse.labels.commentPlaceholder,
        isMultiline: true,
        maxLength: COMMENT_MAX_LENGTH,
      },
      ...(pulse.labels.allowReplies
        ? [
            {
              type: 'Input.Toggle' as const,
              id: ALLOW_REPLIES_INPUT_ID,
              title: pulse.labels.allowReplies.label,
              valueOn: 'true' as const,
              valueOff: 'false' as const,
            },
            subtle(pulse.labels.allowReplies.hint),
          ]
        : []),
      actionSet([
        {
          type: 'Action.Execute',
          title: pulse.labels.commentSubmit,
          verb: VERB.comment,
          data: { t: pulse.token },
        },
      ]),
    );
  }
  body.push(subtle(`🔒 ${pulse.privacyLine}`));

  const fallback = [pulse.title, pulse.banner, pulse.intro].filter(Boolean).join(' — ');
  return card(body, fallback);
}

function itemBlock(pulse: PulseCard, item: PulseItem, index: number, open: boolean): Container {
  const items: CardElement[] = [text(`**${index + 1}.** ${item.text}`)];
  const chosen = selectedOption(item);
  if (chosen)
    items.push(text(`✅ _${pulse.labels.recorded}: ${chosen.label}_`, { color: 'Good', spacing: 'Small' }));
  if (open) {
    items.push(...balancedRows(answerActions(pulse, item, chosen), MAX_ACTIONS_PER_SET).map(actionSet));
    if (item.anchors) items.push(subtle(`0 = ${item.anchors.low} · 10 = ${item.anchors.high}`));
  }
  return { type: 'Container', separator: true, spacing: 'Medium', items };
}

function selectedOption(item: PulseItem): AnswerOption | undefined {
  if (item.selected === undefined) return undefined;
  return item.options.find((option) => option.value === item.selected);
}

function answerActions(pulse: PulseCard, item: PulseItem, chosen: AnswerOption | undefined): ExecuteAction[] {
  return item.options.map((option) => ({
    type: 'Action.Execute',
    title: option.label,
    verb: VERB.answer,
    data: { t: pulse.token, s: item.statementId, v: option.value },
    // A tap answers; what is typed in the comment box waits for its own button.
    associatedInputs: 'none',
    ...(option === chosen ? { style: 'positive' as const } : {}),
  }));
}
