import type { PulseCard, PulseItem } from '../../../src/messages/types.ts';
import { html, type SafeHtml } from './html.ts';

/**
 * A pulse card: each statement with one button per answer. The chosen answer
 * is pressed (aria-pressed) and marked as recorded; a closed card keeps the
 * choices visible but disabled, under the banner.
 */
export function pulseCardHtml(card: PulseCard, idPrefix: string): SafeHtml {
  const open = card.state === 'open';
  return html`<article
    class="card pulse-card"
    data-kind="pulse-card"
    data-state="${card.state}"
    lang="${card.locale}"
  >
    <h3 class="card-title">${card.title}</h3>
    <p class="intro">${card.intro}</p>
    ${card.banner ? html`<p class="banner">${card.banner}</p>` : ''}
    <ol class="items">
      ${card.items.map((item, index) => itemHtml(card, item, `${idPrefix}-s${index}`, open))}
    </ol>
    <p class="progress">${card.progress.label}</p>
    ${open ? commentHtml(card, idPrefix) : ''}
    <p class="privacy">${card.privacyLine}</p>
    <p class="closes">${card.closesLabel}</p>
  </article>`;
}

function itemHtml(card: PulseCard, item: PulseItem, id: string, open: boolean): SafeHtml {
  const answered = item.selected !== undefined;
  const chosen = item.options.find((option) => option.value === item.selected);
  return html`<li class="item${answered ? ' answered' : ''}" data-statement="${item.statementId}">
    <p class="statement" id="${id}">${item.text}</p>
    <div class="options scale-${item.scale}" role="group" aria-labelledby="${id}">
      ${item.options.map((option) => {
        const pressed = answered && option.value === item.selected;
        return html`<button
          type="button"
          class="option${pressed ? ' selected' : ''}"
          data-action="answer"
          data-statement="${item.statementId}"
          data-value="${option.value === null ? 'null' : String(option.value)}"
          aria-pressed="${pressed ? 'true' : 'false'}"
          ${open ? '' : html`disabled`}
        >
          ${option.label}
        </button>`;
      })}
    </div>
    ${
      item.anchors
        ? html`<p class="anchors" aria-hidden="true">
            <span>${item.anchors.low}</span><span>${item.anchors.high}</span>
          </p>`
        : ''
    }
    ${
      answered && chosen
        ? html`<p class="recorded">
            <span aria-hidden="true">✓</span> ${card.labels.recorded}: ${chosen.label}
          </p>`
        : ''
    }
  </li>`;
}

function commentHtml(card: PulseCard, idPrefix: string): SafeHtml {
  const id = `${idPrefix}-comment`;
  return html`<details class="comment">
    <summary>${card.labels.addComment}</summary>
    <form class="comment-form" data-action="comment">
      <label for="${id}">${card.labels.addComment}</label>
      <textarea
        id="${id}"
        name="text"
        rows="3"
        maxlength="2000"
        placeholder="${card.labels.commentPlaceholder}"
        required
      ></textarea>
      ${
        card.labels.allowReplies
          ? html`<label class="allow-replies">
                <input type="checkbox" name="allowReplies" value="yes" /> ${card.labels.allowReplies.label}
              </label>
              <p class="meta">${card.labels.allowReplies.hint}</p>`
          : ''
      }
      <button type="submit">${card.labels.commentSubmit}</button>
    </form>
  </details>`;
}
