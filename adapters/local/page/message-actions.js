/* global window */
// What each button and form on a message sends to /api/actions, and what the page does once it
// has been done. playground.js posts them; this file only says what they carry.
'use strict';

(function messageActions() {
  // A button's `data-action` names its entry; each reads its own data attributes.
  const buttons = {
    answer: {
      fields: (button) => ({
        type: 'answer',
        statementId: button.dataset.statement,
        value: button.dataset.value === 'null' ? null : Number(button.dataset.value),
      }),
    },
    'nudge-feedback': {
      fields: (button) => ({ type: 'nudge-feedback', kind: button.dataset.feedback }),
    },
    'action-check-in': {
      fields: (button) => ({ type: 'action-check-in', status: button.dataset.status }),
    },
    // "Make this an action" under a nudge: the form comes back, shown once under the nudge's buttons.
    'action-form': {
      fields: () => ({ type: 'action-form' }),
      sent: (button, data) => {
        const nudge = button.closest('.nudge');
        if (!nudge || !data.form) return;
        const shown = nudge.querySelector('.action-form');
        if (shown) shown.remove();
        button.closest('.options').insertAdjacentHTML('afterend', data.form);
        const first = nudge.querySelector('.action-form input');
        if (first) first.focus();
      },
    },
  };

  const field = (form, name) => {
    const element = form.elements.namedItem(name);
    return element ? element.value : '';
  };

  // A comment on a card, or (relay) a leader's reply under a comment or the writer's answer under a
  // relayed message; a sent comment also folds its form away. A made action closes its form.
  const forms = {
    comment: {
      fields: (form) => ({
        type: 'comment',
        text: field(form, 'text'),
        allowReplies: Boolean(form.querySelector('input[name="allowReplies"]:checked')),
      }),
      sent: (form) => {
        form.querySelector('textarea').value = '';
        const details = form.closest('details');
        if (details) details.open = false;
      },
    },
    relay: {
      fields: (form) => ({
        type: 'relay',
        verb: form.dataset.verb,
        id: form.dataset.id,
        text: field(form, 'text'),
      }),
      sent: (form) => {
        form.querySelector('textarea').value = '';
      },
    },
    'action-create': {
      fields: (form) => ({
        type: 'action-create',
        title: field(form, 'title'),
        owner: field(form, 'owner'),
        dueOn: field(form, 'dueOn'),
      }),
      sent: (form) => form.remove(),
    },
  };

  window.pulseMessageActions = { buttons, forms };
})();
