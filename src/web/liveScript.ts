// The desk's one script (served as /desk/assets/live.js, allowed by the page's CSP nonce): when the
// server says cases changed, the page's live part (the queue's table) is fetched again (the server
// sends that part alone when asked with x-desk-live) and swapped in, and a screen reader hears which
// cases changed. Without it the pages work as they are.
export const LIVE_SCRIPT = `(() => {
  const live = document.querySelector('[data-live]');
  const status = document.getElementById('live-status');
  if (!live || !window.EventSource) return;
  const since = document.querySelector('[data-since]')?.getAttribute('data-since') ?? '';
  const events = new EventSource(${JSON.stringify('/desk/events')} + '?since=' + encodeURIComponent(since));
  let busy = false;
  events.addEventListener('cases', async (event) => {
    if (busy) return;
    busy = true;
    try {
      const response = await fetch(location.href, { headers: { 'x-desk-live': '1' }, credentials: 'same-origin' });
      if (!response.ok) return;
      // The server's own escaped markup for this part, nothing else.
      live.innerHTML = await response.text();
      const refs = JSON.parse(event.data);
      if (status) status.textContent = 'Updated: ' + refs.join(', ');
    } finally {
      busy = false;
    }
  });
})();
`;
