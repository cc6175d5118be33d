/* global document, window */
// The "what is kept about you" page: its erase button posts the confirmation
// as JSON (which another site cannot send here) and shows the bot's answer.
'use strict';

(function myData() {
  const main = document.getElementById('my-data');
  const button = document.querySelector('[data-erase]');
  if (!main || !button) return;
  const status = document.getElementById('status');
  button.addEventListener('click', async () => {
    button.disabled = true;
    const response = await window.fetch(`${main.dataset.base || ''}/api/erase`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ as: main.dataset.as, subject: button.dataset.erase }),
    });
    const data = await response.json().catch(() => ({}));
    if (status) status.textContent = data.status || data.error || '';
    if (!response.ok) button.disabled = false;
  });
})();
