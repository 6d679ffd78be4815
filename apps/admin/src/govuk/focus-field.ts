// Moves focus to a form field named in an error summary, the way GOV.UK Frontend's ErrorSummary
// does: the field's legend or label is scrolled into view first, so the question stays visible
// above the input instead of being hidden under the top of the viewport.

export function focusField(id: string): boolean {
  const input = document.getElementById(id);
  if (!input) return false;
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  const context = legend ?? label ?? input;
  context.scrollIntoView();
  input.focus({ preventScroll: true });
  return true;
}
