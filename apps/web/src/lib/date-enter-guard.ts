/**
 * Enter in a date field never submits its form. Browsers submit a form when Enter
 * is pressed in one of its text inputs ("implicit submission"); an antd date
 * picker's input is one, so typing a date and pressing Enter to confirm it also
 * submitted whatever form held it, half filled. One capture-phase listener fixes
 * the class for every DatePicker / RangePicker in every form, present and future:
 * it cancels the browser's default (the submission) and lets the event go on, so
 * the picker still takes the typed date on Enter.
 */
export function isDateFieldInput(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && target.closest('.ant-picker') !== null;
}

export function installDateEnterGuard(doc: Document = document): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && isDateFieldInput(e.target) && (e.target as HTMLInputElement).form) {
      e.preventDefault();
    }
  };
  doc.addEventListener('keydown', onKeyDown, true);
  return () => doc.removeEventListener('keydown', onKeyDown, true);
}
