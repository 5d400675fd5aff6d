/** The overlay's CSS, inside its shadow root: page CSS cannot reach in, and none of this leaks out. */
export const CSS = `
:host { all: initial; }
*, *::before, *::after { box-sizing: border-box; }
.rc {
  --bg: #ffffff; --fg: #1d2129; --muted: #5a6170; --line: #d9dde5; --soft: #f3f4f7;
  --brand: #5b3cc4; --brand-fg: #ffffff; --ok: #1a7f37; --warn: #b54708; --tip: #1d6fd1;
  --focus: #5b3cc4; --shadow: 0 8px 28px rgba(16, 24, 40, .18), 0 2px 6px rgba(16, 24, 40, .08);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg);
  -webkit-font-smoothing: antialiased;
}
@media (prefers-color-scheme: dark) {
  .rc {
    --bg: #1f232b; --fg: #e7e9ee; --muted: #a4abb8; --line: #3a404c; --soft: #2a2f39;
    --brand: #8f76f2; --brand-fg: #14121c; --ok: #4ac26b; --warn: #f0a35e; --tip: #6cb1ff;
    --focus: #b3a3ff; --shadow: 0 8px 28px rgba(0, 0, 0, .55), 0 2px 6px rgba(0, 0, 0, .4);
  }
}
[hidden] { display: none !important; }
button { font: inherit; color: inherit; cursor: pointer; margin: 0; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }

.badge {
  position: fixed; top: 0; left: 0; pointer-events: auto;
  display: inline-flex; align-items: center; justify-content: center; gap: 4px;
  min-width: 24px; height: 24px; padding: 0 7px; border-radius: 12px;
  border: 1px solid transparent; background: var(--brand); color: var(--brand-fg);
  font-weight: 650; font-size: 12px; line-height: 1; letter-spacing: .01em;
  box-shadow: 0 1px 3px rgba(16, 24, 40, .25);
  opacity: .94; transition: opacity .12s ease, transform .12s ease;
}
.badge:hover { opacity: 1; transform: scale(1.06); }
.badge[data-state="ok"] { background: var(--bg); color: var(--ok); border-color: var(--line); padding: 0; width: 24px; }
.badge[data-state="silenced"] { background: var(--bg); color: var(--muted); border-color: var(--line); padding: 0; width: 24px; }
.badge svg { width: 14px; height: 14px; display: block; }
.badge .dot { width: 6px; height: 6px; border-radius: 3px; background: currentColor; opacity: .75; }

.panel {
  position: fixed; top: 0; left: 0; pointer-events: auto;
  width: max-content; max-width: min(360px, calc(100vw - 16px)); min-width: 260px; overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: var(--shadow);
}
.head {
  display: flex; align-items: center; gap: 8px; padding: 9px 10px 8px 12px; border-bottom: 1px solid var(--line);
}
.head h2 { margin: 0; font-size: 13px; font-weight: 650; flex: 1; }
.logo { width: 16px; height: 16px; color: var(--brand); flex: none; }
.icon-btn {
  display: inline-flex; align-items: center; justify-content: center; width: 24px; height: 24px;
  border: 0; border-radius: 6px; background: transparent; color: var(--muted); padding: 0;
}
.icon-btn:hover { background: var(--soft); color: var(--fg); }
.icon-btn svg { width: 14px; height: 14px; }
ul { list-style: none; margin: 0; padding: 4px 0; }
li { padding: 9px 12px 10px; border-bottom: 1px solid var(--line); }
li:last-child { border-bottom: 0; }
.row { display: flex; align-items: flex-start; gap: 8px; }
.sev { flex: none; width: 8px; height: 8px; margin-top: 5px; border-radius: 4px; background: var(--tip); }
li[data-severity="warning"] .sev { background: var(--warn); }
.msg { margin: 0; font-weight: 600; flex: 1; }
.quote { margin: 3px 0 0 16px; font-size: 12px; font-style: italic; overflow-wrap: anywhere; }
.why { margin: 3px 0 0 16px; color: var(--muted); font-size: 12px; }
.why b { font-weight: 600; }
.fixes { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 0 16px; }
.fix {
  border: 1px solid var(--brand); background: var(--brand); color: var(--brand-fg);
  border-radius: 6px; padding: 4px 9px; font-weight: 600; font-size: 12px; max-width: 100%;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}
.fix:hover { filter: brightness(1.08); }
.fix.alt { background: transparent; color: var(--brand); }
.foot { display: flex; gap: 8px; align-items: center; padding: 8px 12px 10px; border-top: 1px solid var(--line); }
.link { border: 0; background: transparent; padding: 2px 0; color: var(--muted); font-size: 12px; text-decoration: underline; text-underline-offset: 2px; }
.link:hover { color: var(--fg); }
.note { margin: 0; padding: 12px; color: var(--muted); }
.note.ok { color: var(--ok); font-weight: 600; }
.note.partial { padding-bottom: 0; font-size: 12px; }
.notice { margin: 8px 12px 0; padding: 7px 9px; border-radius: 6px; background: var(--soft); font-size: 12px; }
.notice[data-kind="error"] { color: var(--warn); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: reduce) { .badge { transition: none; } }
`;
