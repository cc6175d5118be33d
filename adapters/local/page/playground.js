/* global document, window, EventSource, history, location, CSS */
// Excellence Pulse local playground: live messages (server-sent events),
// one-tap answers, comments, nudge feedback, action forms and the demo clock.
// The page works without this script; it only saves reloads.
'use strict';

(function playground() {
  const configElement = document.getElementById('playground-config');
  if (!configElement) return;
  const config = JSON.parse(configElement.textContent || '{}');
  const base = config.basePath || '';
  const text = config.text || {};
  let conversationId = config.conversationId;
  const as = config.as;

  const messagesList = () => document.getElementById('messages');
  const statusLine = document.getElementById('status');
  const alertBox = document.getElementById('alert');

  function showStatus(message) {
    if (statusLine) statusLine.textContent = message || '';
  }

  function showError(message) {
    if (!alertBox) return;
    const target = alertBox.querySelector('.alert-text');
    if (target) target.textContent = message || text.somethingWrong;
    alertBox.hidden = false;
    showStatus('');
  }

  function clearError() {
    if (alertBox) alertBox.hidden = true;
  }

  async function request(method, path, body) {
    const response = await window.fetch(base + path, {
      method,
      headers: method === 'POST' ? { 'Content-Type': 'application/json' } : {},
      body: method === 'POST' ? JSON.stringify(body || {}) : undefined,
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(data.error || text.somethingWrong);
    return data;
  }

  // Where focus was inside a message, so it can come back after the message is replaced.
  function focusKey(element) {
    const active = document.activeElement;
    if (!active || !element.contains(active) || !(active instanceof window.HTMLElement)) return null;
    const keys = ['action', 'statement', 'value', 'feedback'];
    return keys
      .filter((key) => active.dataset[key] !== undefined)
      .map((key) => `[data-${key}="${CSS.escape(active.dataset[key])}"]`)
      .join('');
  }

  function fromHtml(markup) {
    const template = document.createElement('template');
    template.innerHTML = markup.trim();
    return template.content.firstElementChild;
  }

  /** Adds or replaces a message in the open conversation; older versions never win. */
  function upsert(message) {
    const list = messagesList();
    if (!list || message.conversationId !== conversationId) return;
    const existing = document.getElementById(`message-${message.id}`);
    if (existing && Number(existing.dataset.version) >= message.version) return;
    const element = fromHtml(message.html);
    if (!element) return;
    if (existing) {
      const key = focusKey(existing);
      existing.replaceWith(element);
      if (key !== null) {
        const again = key ? element.querySelector(key) : null;
        if (again && !again.disabled) again.focus();
        else {
          element.tabIndex = -1;
          element.focus();
        }
      }
    } else {
      list.querySelectorAll('.empty').forEach((empty) => empty.remove());
      element.classList.add('fresh');
      list.appendChild(element);
      element.scrollIntoView({ block: 'nearest' });
    }
  }

  function markUnread(id) {
    const link = document.querySelector(`[data-conversation="${CSS.escape(id)}"]`);
    const badge = link && link.querySelector('.badge');
    if (!badge) return;
    const count = badge.querySelector('.count');
    if (count) count.textContent = String(Number(count.textContent || '0') + 1);
    badge.hidden = false;
  }

  function listen() {
    if (!as || typeof EventSource === 'undefined') return;
    const events = new EventSource(`${base}/api/events?as=${encodeURIComponent(as)}`);
    events.addEventListener('ready', () => document.body.setAttribute('data-live', 'true'));
    events.addEventListener('message', (event) => {
      const data = JSON.parse(event.data);
      if (data.message.conversationId === conversationId) upsert(data.message);
      else if (data.type === 'message-added') markUnread(data.message.conversationId);
    });
    events.addEventListener('error', () => document.body.setAttribute('data-live', 'false'));
  }

  async function openConversation(link, push) {
    const id = link.dataset.conversation;
    try {
      const data = await request(
        'GET',
        `/api/conversations/${encodeURIComponent(id)}/messages?as=${encodeURIComponent(as)}`,
      );
      conversationId = id;
      const list = messagesList();
      if (list) {
        list.innerHTML = '';
        if (data.messages.length === 0) {
          const empty = document.createElement('li');
          empty.className = 'empty';
          empty.textContent = text.noMessages || '';
          list.appendChild(empty);
        }
        for (const message of data.messages) {
          const element = fromHtml(message.html);
          if (element) list.appendChild(element);
        }
      }
      document.querySelectorAll('.sidebar a[aria-current]').forEach((a) => a.removeAttribute('aria-current'));
      link.setAttribute('aria-current', 'page');
      const badge = link.querySelector('.badge');
      if (badge) {
        badge.hidden = true;
        const count = badge.querySelector('.count');
        if (count) count.textContent = '0';
      }
      const title = document.getElementById('conversation-title');
      const name = link.querySelector('.conversation-title');
      if (title && name) title.textContent = name.textContent;
      if (push) history.pushState({ conversationId: id }, '', link.href);
      closeSidebar();
      clearError();
      if (list) list.focus();
    } catch (error) {
      showError(error.message);
    }
  }

  // Every tap or form on a message is one POST naming the message (what it carries and what
  // follows are in message-actions.js); a reply that carries the message again (an answer, nudge
  // feedback) replaces it in place.
  const actions = window.pulseMessageActions || { buttons: {}, forms: {} };

  async function act(element, entry) {
    const item = element.closest('[data-message-id]');
    if (!item) return;
    clearError();
    showStatus(text.working);
    try {
      const data = await request('POST', '/api/actions', {
        ...entry.fields(element),
        as,
        messageId: item.dataset.messageId,
      });
      if (data.message) upsert(data.message);
      if (entry.sent) entry.sent(element, data);
      showStatus(data.status);
    } catch (error) {
      showError(error.message);
    }
  }

  async function clock(button) {
    const buttons = document.querySelectorAll('[data-clock]');
    buttons.forEach((b) => (b.disabled = true));
    clearError();
    showStatus(text.working);
    try {
      const data = await request('POST', `/api/clock/${button.dataset.clock}`, { as });
      if (data.now) setDemoTime(data.now, data.nowText);
      showStatus(data.status);
    } catch (error) {
      showError(error.message);
    } finally {
      buttons.forEach((b) => (b.disabled = false));
      button.focus();
    }
  }

  // The demo time runs on between presses: the instant last heard from the server plus the time
  // since, written in the viewer's zone and language exactly as the server writes it.
  const demoClock = config.clock;
  let demoAnchor = demoClock ? { at: Date.parse(demoClock.now), since: performance.now() } : null;

  function setDemoTime(iso, written) {
    demoAnchor = { at: Date.parse(iso), since: performance.now() };
    showDemoTime(written);
  }

  function showDemoTime(written) {
    const element = document.getElementById('demo-time');
    if (!element || !demoAnchor || !demoClock) return;
    const at = new Date(demoAnchor.at + (performance.now() - demoAnchor.since));
    element.dateTime = at.toISOString();
    element.textContent = written || new Intl.DateTimeFormat(demoClock.locale, demoClock.format).format(at);
  }

  if (demoClock) window.setInterval(() => showDemoTime(), 15000);

  const sidebar = document.getElementById('sidebar');
  const toggle = document.querySelector('[data-sidebar-toggle]');

  function closeSidebar() {
    if (!sidebar || !toggle) return;
    sidebar.classList.remove('open');
    toggle.setAttribute('aria-expanded', 'false');
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof window.Element ? event.target : null;
    if (!target) return;
    const button = target.closest('button');
    const link = target.closest('a[data-conversation]');
    if (link && as && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      openConversation(link, true);
    } else if (button && Object.hasOwn(actions.buttons, button.dataset.action)) {
      act(button, actions.buttons[button.dataset.action]);
    } else if (button && button.dataset.clock) {
      clock(button);
    } else if (button && button.hasAttribute('data-dismiss')) {
      clearError();
    } else if (button && button.hasAttribute('data-sidebar-toggle') && sidebar) {
      const open = sidebar.classList.toggle('open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (open) {
        const first = sidebar.querySelector('a');
        if (first) first.focus();
      }
    }
  });

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form instanceof window.HTMLFormElement && Object.hasOwn(actions.forms, form.dataset.action)) {
      event.preventDefault();
      act(form, actions.forms[form.dataset.action]);
    }
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && sidebar && sidebar.classList.contains('open')) {
      closeSidebar();
      if (toggle) toggle.focus();
    }
  });

  window.addEventListener('popstate', () => {
    const params = new URLSearchParams(location.search);
    const id = params.get('c');
    const link = id && document.querySelector(`a[data-conversation="${CSS.escape(id)}"]`);
    if (link) openConversation(link, false);
  });

  listen();
})();
