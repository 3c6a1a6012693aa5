// The desk's one script (served as /desk/assets/live.js, allowed by the page's CSP nonce): when the
// server says cases changed, the page's live region (the queue's table) is fetched again and swapped
// in, and a screen reader hears which cases changed. Without it the pages work as they are.
export const LIVE_SCRIPT = `(() => {
  const live = document.querySelector('[data-live]');
  const status = document.getElementById('live-status');
  if (!live || !window.EventSource) return;
  const events = new EventSource(${JSON.stringify('/desk/events')});
  let busy = false;
  events.addEventListener('cases', async (event) => {
    if (busy) return;
    busy = true;
    try {
      const response = await fetch(location.href, { headers: { accept: 'text/html' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const next = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('[data-live]');
      if (next) live.replaceChildren(...next.childNodes);
      const refs = JSON.parse(event.data);
      if (status) status.textContent = 'Updated: ' + refs.join(', ');
    } finally {
      busy = false;
    }
  });
})();
`;
