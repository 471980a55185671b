import { TakeMessageDocument, type MessageUrgency } from '../generated/graphql';
import { h, humanize, replaceChildren, statusLine } from '../dom';
import type { Session } from '../session';
import { showUserErrors } from './userErrors';

const urgencies: MessageUrgency[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

function field(name: string, label: string, attributes: Record<string, string> = {}): (HTMLElement)[] {
  return [h('label', { for: `message-${name}` }, label), h('input', { id: `message-${name}`, name, ...attributes })];
}

/** A datetime-local value as an ISO 8601 instant, or undefined when left empty. */
function instant(value: FormDataEntryValue | null): string | undefined {
  return value ? new Date(String(value)).toISOString() : undefined;
}

function text(value: FormDataEntryValue | null): string | undefined {
  const trimmed = String(value ?? '').trim();
  return trimmed || undefined;
}

/** Takes a complete message for a colleague; the host names every missing or invalid field at once. */
export function messageForm(session: Session, ticketId: string): HTMLElement {
  const summary = statusLine();
  const readBack = h('div', { class: 'script', 'aria-live': 'polite' });
  const form: HTMLFormElement = h('form', { class: 'card message-form', 'aria-labelledby': 'message-title', novalidate: true },
    h('h2', { id: 'message-title' }, 'Take a message'),
    h('div', { class: 'grid' },
      h('div', {}, ...field('callerFirstName', 'Caller first name')),
      h('div', {}, ...field('callerLastName', 'Caller last name')),
      h('div', {}, ...field('callerOrganization', 'Organisation')),
      h('div', {}, ...field('for', 'For (person or team)')),
      h('div', {}, ...field('phone', 'Phone with country code', { type: 'tel', placeholder: '+31201234567' })),
      h('div', {}, ...field('callerTimeZone', 'Caller time zone', { value: Intl.DateTimeFormat().resolvedOptions().timeZone })),
      h('div', {}, ...field('callBackFrom', 'Call back from', { type: 'datetime-local' })),
      h('div', {}, ...field('callBackTo', 'Call back until', { type: 'datetime-local' })),
      h('div', {}, h('label', { for: 'message-urgency' }, 'Urgency'),
        h('select', { id: 'message-urgency', name: 'urgency' }, urgencies.map((u) => h('option', { value: u, selected: u === 'NORMAL' }, humanize(u)))))),
    h('label', { for: 'message-text' }, 'Message'), h('textarea', { id: 'message-text', name: 'text', rows: 2 }),
    h('button', { type: 'submit' }, 'Take message'), summary, readBack);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      const { takeMessage } = await session.client.request(TakeMessageDocument, {
        input: {
          ticketId,
          callerFirstName: text(data.get('callerFirstName')),
          callerLastName: text(data.get('callerLastName')),
          callerOrganization: text(data.get('callerOrganization')),
          for: text(data.get('for')),
          phone: text(data.get('phone')),
          text: text(data.get('text')),
          urgency: data.get('urgency') as MessageUrgency,
          callBackFrom: instant(data.get('callBackFrom')),
          callBackTo: instant(data.get('callBackTo')),
          callerTimeZone: text(data.get('callerTimeZone')),
          calledAt: new Date().toISOString(),
          takenBy: session.agentName,
        },
      });
      replaceChildren(readBack);
      if (showUserErrors(form, takeMessage.userErrors, summary)) {
        summary.show('Some details are missing or not valid; see the fields marked below.', 'error');
        return;
      }
      summary.show(`Message taken for ${takeMessage.message?.for}. Read the key points back to the caller:`);
      if (takeMessage.readBack) replaceChildren(readBack, h('ul', {}, takeMessage.readBack.lines.map((line) => h('li', {}, line))));
    } catch (error) {
      summary.show((error as Error).message, 'error');
    }
  });
  return form;
}
