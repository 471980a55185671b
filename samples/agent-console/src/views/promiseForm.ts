import { MakePromiseDocument } from '../generated/graphql';
import { formatDateTime, h, statusLine } from '../dom';
import type { Session } from '../session';
import { showUserErrors } from './userErrors';

/** Records a promise to the caller with a concrete due time ("ASAP" is refused by the host). */
export function promiseForm(session: Session, ticketId: string, onMade: () => void): HTMLElement {
  const summary = statusLine();
  const form: HTMLFormElement = h('form', { class: 'card promise-form', 'aria-labelledby': 'promise-title' },
    h('h3', { id: 'promise-title' }, 'Make a promise'),
    h('label', { for: 'promise-text' }, 'What you promise'), h('input', { id: 'promise-text', name: 'text', placeholder: 'I will call you back with the fix' }),
    h('label', { for: 'promise-due' }, 'Due'), h('input', { id: 'promise-due', name: 'dueAt', type: 'datetime-local' }),
    h('button', { type: 'submit' }, 'Promise'), summary);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const due = String(data.get('dueAt') ?? '');
    try {
      const { makePromise } = await session.client.request(MakePromiseDocument, {
        input: { ticketId, text: String(data.get('text') ?? ''), dueAt: due ? new Date(due).toISOString() : undefined },
      });
      if (showUserErrors(form, makePromise.userErrors, summary) || !makePromise.promise) return;
      summary.show(`Promise recorded, due ${formatDateTime(makePromise.promise.dueAt)}. Repeat it in the goodbye.`);
      form.reset();
      onMade();
    } catch (error) {
      summary.show((error as Error).message, 'error');
    }
  });
  return form;
}
