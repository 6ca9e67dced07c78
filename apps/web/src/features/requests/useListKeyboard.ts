/**
 * Keyboard navigation of a list (the console): j / k move the current row,
 * Enter opens it, x selects it. Keys typed into a field, with a modifier, or
 * while a dialog is open are left alone.
 */
import { useEffect, useState } from 'react';

function typingOrDialog(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  if (e.metaKey || e.ctrlKey || e.altKey) return true;
  if (el?.closest('input, textarea, select, [contenteditable="true"], .ant-select')) return true;
  // A closed dialog keeps its (hidden) wrapper in the page.
  return [...document.querySelectorAll('.ant-modal-wrap')].some(
    (w) => getComputedStyle(w).display !== 'none',
  );
}

export function useListKeyboard<T extends { id: string }>(
  rows: T[],
  handlers: { open: (row: T) => void; toggle: (row: T) => void },
) {
  const [cursor, setCursor] = useState(-1);
  const count = rows.length;
  useEffect(() => {
    if (cursor >= count) setCursor(count - 1);
  }, [cursor, count]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingOrDialog(e)) return;
      const row = rows[cursor];
      if (e.key === 'j') setCursor((c) => Math.min(c + 1, count - 1));
      else if (e.key === 'k') setCursor((c) => Math.max(c - 1, 0));
      else if (e.key === 'Enter' && row) handlers.open(row);
      else if (e.key === 'x' && row) handlers.toggle(row);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [rows, cursor, count, handlers]);
  // Keep the current row in view as it moves.
  const currentId = rows[cursor]?.id;
  useEffect(() => {
    if (currentId)
      document.querySelector(`[data-row-key="${currentId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);
  return { currentId, setCursor };
}
