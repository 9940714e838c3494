/**
 * The report's only style sheet and script, inlined in the page. Both are constants, so the page's
 * Content-Security-Policy can allow exactly them by hash and nothing else (no network, no other
 * inline code). The script builds the card with textContent only: document text never becomes markup.
 */
import type { EntityType } from '@dateline/core';

/** Background and underline colours per type: readable on white, distinct side by side. */
export const TYPE_COLORS: Record<EntityType, { background: string; line: string }> = {
  person: { background: '#dbeafe', line: '#1d4ed8' },
  organization: { background: '#f3e8ff', line: '#7e22ce' },
  location: { background: '#dcfce7', line: '#15803d' },
  nationality: { background: '#cffafe', line: '#0e7490' },
  role: { background: '#fef9c3', line: '#a16207' },
  event: { background: '#ffedd5', line: '#c2410c' },
  date: { background: '#e0f2fe', line: '#0369a1' },
  money: { background: '#ecfccb', line: '#4d7c0f' },
  quantity: { background: '#fae8ff', line: '#a21caf' },
  document: { background: '#e2e8f0', line: '#334155' },
  equipment: { background: '#fee2e2', line: '#b91c1c' },
  contact: { background: '#f5f5f4', line: '#57534e' },
};

const typeRules = Object.entries(TYPE_COLORS)
  .map(
    ([type, { background, line }]) =>
      `.t-${type}{background:${background};border-bottom-color:${line}}` +
      `.node.t-${type} circle{fill:${background};stroke:${line}}` +
      `.swatch.t-${type}{background:${background};border-color:${line}}`,
  )
  .join('\n');

export const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;background:#fff}
body{margin:0 auto;max-width:1100px;padding:1.5rem;line-height:1.5}
h1{font-size:1.6rem;margin:0 0 .25rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem}
h3{font-size:1.05rem;margin:0 0 .25rem}
.meta,.source{color:#4b5563;font-size:.9rem;margin:0}
nav ol{padding-left:1.25rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e5e7eb;vertical-align:top}
td.num,th.num{text-align:right}
td.date{white-space:nowrap}
.legend{display:flex;flex-wrap:wrap;gap:.25rem .75rem;font-size:.85rem;margin:.5rem 0}
.swatch{display:inline-block;width:.8rem;height:.8rem;border:1px solid;border-radius:2px;margin-right:.25rem;vertical-align:-1px}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:inherit;font-size:1rem;background:#fafafa;border:1px solid #e5e7eb;border-radius:6px;padding:1rem;margin:.5rem 0}
mark{color:inherit;border-bottom:2px solid;border-radius:2px;padding:0 1px;cursor:pointer}
mark.same{outline:2px solid #111827}
mark:focus{outline:2px solid #2563eb}
.picture{width:100%;max-width:760px;height:auto;display:block;margin:0 auto}
.edge{stroke:#94a3b8;stroke-opacity:.7}
.node circle{stroke-width:2}
.node text{font-size:12px;fill:#111827}
#card{position:absolute;z-index:10;max-width:24rem;background:#fff;border:1px solid #d1d5db;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.15);padding:.75rem 1rem;font-size:.9rem}
#card[hidden]{display:none}
#card dl{margin:.25rem 0 0;display:grid;grid-template-columns:auto 1fr;gap:.1rem .75rem}
#card dt{color:#6b7280}
#card dd{margin:0}
.type{font-size:.8rem;border-bottom:2px solid;padding:0 .25rem}
.empty{color:#6b7280}
${typeRules}
`;

export const SCRIPT = `
(() => {
  'use strict';
  const source = document.getElementById('dateline-data');
  if (!source) return;
  const data = JSON.parse(source.textContent || '{}');
  const card = document.getElementById('card');
  let pinned = null;
  let shown = null;

  function add(parent, tag, text, className) {
    const element = document.createElement(tag);
    if (text !== undefined) element.textContent = text;
    if (className) element.className = className;
    parent.appendChild(element);
    return element;
  }

  function markSame(key, on) {
    for (const mark of document.querySelectorAll('mark[data-entity]')) {
      if (mark.dataset.entity === key) mark.classList.toggle('same', on);
    }
  }

  function show(mark) {
    const key = mark.dataset.entity;
    const info = data.entities[key];
    if (!info) return;
    if (shown) markSame(shown, false);
    shown = key;
    markSame(key, true);
    card.replaceChildren();
    add(card, 'h3', info.name);
    add(card, 'span', info.type, 'type t-' + info.type);
    const list = add(card, 'dl');
    const row = (label, value) => {
      if (!value) return;
      add(list, 'dt', label);
      add(list, 'dd', value);
    };
    row('roles', info.roles.join('; '));
    row('aliases', info.aliases.join(', '));
    row('mentions', String(info.mentions));
    row('value', info.value);
    row('releases', info.releases > 1 ? info.releases + ' in this report' : '');
    row('first', info.sentence);
    const box = mark.getBoundingClientRect();
    card.hidden = false;
    const top = window.scrollY + box.bottom + 6;
    const left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8));
    card.style.top = top + 'px';
    card.style.left = left + 'px';
  }

  function hide() {
    if (shown) markSame(shown, false);
    shown = null;
    card.hidden = true;
  }

  const markOf = (target) => (target instanceof Element ? target.closest('mark[data-entity]') : null);
  document.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (mark && !pinned) show(mark);
  });
  document.addEventListener('mouseout', (event) => {
    const mark = markOf(event.target);
    if (mark && !pinned && !mark.contains(event.relatedTarget)) hide();
  });
  document.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (mark) {
      pinned = mark;
      show(mark);
    } else if (!card.contains(event.target)) {
      pinned = null;
      hide();
    }
  });
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      pinned = null;
      hide();
    }
  });

  const filter = document.getElementById('index-filter');
  if (filter) {
    filter.addEventListener('input', () => {
      const query = filter.value.trim().toLowerCase();
      for (const row of document.querySelectorAll('#index tbody tr')) {
        row.hidden = query !== '' && !(row.dataset.name || '').includes(query);
      }
    });
  }
})();
`;
