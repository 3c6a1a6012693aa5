// The page every desk screen is drawn in: document head, the one style sheet (inline, allowed by the
// page's CSP nonce), the header with the signed-in staffer and sign-out, and a skip link.
import { html, raw, type SafeHtml } from './html.ts';

/** Where the desk lives, on its own port and on Slack's. */
export const DESK_BASE = '/desk';

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** The CSP nonce of this response: the only style and script the browser runs carry it. */
  nonce: string;
  /** Signed in: shown in the header, with the sign-out form (which needs the CSRF token). */
  staff?: { name: string; csrf: string } | undefined;
  /** Script of this page (served from the desk, e.g. live updates), loaded with the nonce. */
  scripts?: string[] | undefined;
}

const STYLE = raw(`
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0b5cad; --warn: #9a3412; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; }
header.top { display: flex; gap: 16px; align-items: center; padding: 8px 20px; border-bottom: 1px solid var(--line); background: var(--bg); }
header.top .brand { font-weight: 700; text-decoration: none; color: var(--ink); }
header.top nav { display: flex; gap: 14px; flex: 1; }
header.top form { margin: 0; }
main { padding: 16px 20px 40px; max-width: 1200px; }
h1 { font-size: 1.35rem; margin: 4px 0 12px; } h2 { font-size: 1.1rem; margin: 20px 0 8px; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 0.85rem; color: var(--muted); font-weight: 600; }
.muted { color: var(--muted); } .flag { display: inline-block; padding: 0 6px; margin: 0 4px 2px 0; border-radius: 10px; background: #fff1e6; color: var(--warn); font-size: 0.8rem; }
.badge { display: inline-block; padding: 0 6px; border-radius: 10px; background: #ddf4ff; font-size: 0.8rem; }
form.filters { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: end; margin-bottom: 12px; }
label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); gap: 2px; }
input, select, textarea, button { font: inherit; } input, select, textarea { padding: 4px 6px; border: 1px solid #8c959f; border-radius: 4px; color: var(--ink); }
button { padding: 4px 12px; border: 1px solid var(--accent); border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
button.quiet { background: #fff; color: var(--accent); }
a.button { display: inline-block; padding: 6px 14px; border-radius: 4px; background: var(--accent); color: #fff; text-decoration: none; }
.chart .bar { fill: #cf4b3f; } .chart .grid { stroke: #d0d7de; stroke-width: 1; } .chart text { font-size: 12px; fill: var(--ink); } .chart .tick { fill: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.chart-box { margin: 0; } .wide { overflow-x: auto; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; } tr.total td { font-weight: 600; }
.sign-in-buttons { list-style: none; padding: 0; display: flex; gap: 8px; flex-wrap: wrap; }
.transcript { list-style: none; padding: 0; } .transcript li { padding: 6px 0; border-bottom: 1px solid var(--line); }
.who { font-weight: 600; } .when { color: var(--muted); font-size: 0.85rem; } .text { white-space: pre-wrap; overflow-wrap: anywhere; }
.actions, #case-actions form { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; margin: 8px 0; }
#case-actions textarea { width: min(36rem, 90vw); }
.notice { padding: 8px 12px; border-left: 4px solid var(--accent); background: var(--bg); }
.error { border-left-color: var(--warn); }
`);

export function page(options: PageOptions): SafeHtml {
  const { staff, nonce } = options;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} · rma-desk</title>
        <style nonce="${nonce}">
          ${STYLE}
        </style>
        ${(options.scripts ?? []).map((src) => html`<script nonce="${nonce}" src="${src}" defer></script>`)}
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
          <a class="brand" href="${DESK_BASE}/">rma-desk</a>
          ${
            staff
              ? html`<nav aria-label="Desk"><a href="${DESK_BASE}/">Queue</a> <a href="${DESK_BASE}/reports">Reports</a></nav>
                  <span class="muted">${staff.name}</span>
                  <form method="post" action="${DESK_BASE}/sign-out">
                    <input type="hidden" name="csrf" value="${staff.csrf}" /><button class="quiet" type="submit">Sign out</button>
                  </form>`
              : html`<nav aria-label="Desk"></nav>`
          }
        </header>
        <main id="main">${options.body}</main>
      </body>
    </html>`;
}
