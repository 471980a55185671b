import { inputErrorMessage } from '../api/errors';
import type { UserErrorCode } from '../generated/graphql';
import { h } from '../dom';

export interface FieldError {
  field?: readonly string[] | null;
  message: string;
  code: UserErrorCode;
}

/**
 * Shows each user error beside the form field it names (the last segment of its field path matches
 * the input's name); errors for no known field go to the form's summary. Returns whether there were any.
 */
export function showUserErrors(form: HTMLFormElement, errors: readonly FieldError[], summary: HTMLElement): boolean {
  form.querySelectorAll('.field-error').forEach((element) => element.remove());
  form.querySelectorAll('[aria-invalid]').forEach((element) => element.removeAttribute('aria-invalid'));
  summary.textContent = '';
  let first: HTMLElement | null = null;
  for (const error of errors) {
    const name = error.field?.[error.field.length - 1];
    const input = name ? form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`) : null;
    const text = inputErrorMessage(error);
    if (!input) {
      summary.append(h('span', { class: 'field-error' }, text), ' ');
      continue;
    }
    const id = `${input.id}-error`;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    input.insertAdjacentElement('afterend', h('span', { class: 'field-error', id, 'data-field': name! }, text));
    first ??= input;
  }
  first?.focus();
  return errors.length > 0;
}
