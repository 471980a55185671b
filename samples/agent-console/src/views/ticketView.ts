import {
  AddNoteDocument, ReplyToTicketDocument, TicketDetailDocument, TicketEventsDocument,
  type HistoryTicketFragment, type TicketDetailQuery,
} from '../generated/graphql';
import { formatDateTime, h, humanize, replaceChildren, statusLine } from '../dom';
import type { Session } from '../session';
import { callPanel } from './callPanel';
import { messageForm } from './messageForm';
import { promiseForm } from './promiseForm';
import { attachReplyReview } from './replyReview';
import { showUserErrors } from './userErrors';

type Ticket = NonNullable<TicketDetailQuery['ticket']>;

function history(title: string, tickets: { totalCount: number; nodes: HistoryTicketFragment[] }, currentId: string): HTMLElement {
  const others = tickets.nodes.filter((t) => t.id !== currentId);
  return h('div', { class: 'history' }, h('h3', {}, `${title} (${tickets.totalCount})`),
    others.length
      ? h('ul', {}, others.map((t) => h('li', {}, h('a', { href: `#/tickets/${encodeURIComponent(t.id)}` }, `#${t.number}`), ` ${t.subject} · ${humanize(t.status)}`)))
      : h('p', { class: 'hint' }, 'No earlier tickets.'));
}

/** Time left until the escalation policy's follow-up (the ticket's service-level deadline). */
function slaCountdown(ticket: Ticket): HTMLElement {
  const due = ticket.escalation?.followUpAt;
  const element = h('p', { class: 'sla' });
  if (!due) {
    element.textContent = 'No follow-up deadline scheduled.';
    return element;
  }
  const tick = () => {
    const seconds = Math.round((new Date(due).getTime() - Date.now()) / 1000);
    const abs = Math.abs(seconds);
    const text = `${Math.floor(abs / 3600)}h ${Math.floor((abs % 3600) / 60)}m ${abs % 60}s`;
    element.textContent = seconds >= 0 ? `SLA: follow-up due in ${text}` : `SLA: follow-up overdue by ${text}`;
    element.dataset.tone = seconds >= 0 ? 'ok' : 'error';
  };
  tick();
  let shown = false;
  const timer = window.setInterval(() => {
    if (element.isConnected) { shown = true; tick(); } else if (shown) window.clearInterval(timer);
  }, 1000);
  return element;
}

function details(ticket: Ticket): HTMLElement[] {
  const escalation = ticket.escalation;
  return [
    h('header', { class: 'ticket-header' },
      h('h1', {}, `#${ticket.number} ${ticket.subject}`),
      h('p', {}, h('span', { class: `badge status-${ticket.status.toLowerCase()}` }, humanize(ticket.status)), ' ',
        h('span', { class: `badge priority-${ticket.priority.toLowerCase()}` }, humanize(ticket.priority)), ' ',
        `${humanize(ticket.tier)} · opened ${formatDateTime(ticket.createdAt)} · transfers ${ticket.transferCount}`),
      h('p', {}, ticket.description || h('span', { class: 'hint' }, 'No description.')),
      h('p', { class: 'tags', 'aria-label': 'Tags' }, ticket.tags.map((tag) => h('span', { class: 'tag', title: humanize(tag.source) }, tag.name)))),
    h('section', { class: 'card escalation', 'aria-labelledby': 'escalation-title' },
      h('h2', { id: 'escalation-title' }, 'Escalation'),
      escalation
        ? h('p', {}, h('strong', {}, humanize(escalation.action)), ` to ${humanize(escalation.tier)}${escalation.team ? ` (${escalation.team})` : ''}: ${escalation.reason}`)
        : h('p', { class: 'hint' }, 'No escalation decision yet.'),
      slaCountdown(ticket)),
    h('section', { class: 'card', 'aria-labelledby': 'history-title' },
      h('h2', { id: 'history-title' }, 'History'),
      ticket.contact
        ? history(`Caller ${ticket.contact.name}${ticket.contact.phone ? `, ${ticket.contact.phone}` : ''}`, ticket.contact.tickets, ticket.id)
        : h('p', { class: 'hint' }, 'No contact on this ticket.'),
      ticket.asset
        ? [history(`Unit ${ticket.asset.serialNumber}${ticket.asset.model ? ` (${ticket.asset.model})` : ''}`, ticket.asset.tickets, ticket.id),
          ticket.asset.lemon.isLemon && h('p', { class: 'lemon', role: 'note' }, `Lemon: ${ticket.asset.lemon.repairCount} repairs. ${ticket.asset.lemon.recommendation ?? ''}`)]
        : h('p', { class: 'hint' }, 'No asset on this ticket.')),
    h('section', { class: 'card', 'aria-labelledby': 'notes-title' },
      h('h2', { id: 'notes-title' }, 'Notes and replies'),
      ticket.notes.length
        ? h('ol', { class: 'notes' }, ticket.notes.map((n) => h('li', { class: `note note-${n.kind.toLowerCase()}` },
          h('p', { class: 'hint' }, `${humanize(n.kind)} by ${n.authorId} · ${formatDateTime(n.createdAt)}`), h('p', {}, n.text))))
        : h('p', { class: 'hint' }, 'No notes yet. Record what was tried, found and promised.'),
      h('h3', {}, 'Promises'),
      ticket.promises.length
        ? h('ul', {}, ticket.promises.map((p) => h('li', {}, `${p.text} · due ${formatDateTime(p.dueAt)} · ${humanize(p.status)}`)))
        : h('p', { class: 'hint' }, 'No promises made.')),
  ];
}

function noteForm(session: Session, ticket: () => Ticket | null, onSaved: () => void): HTMLElement {
  const summary = statusLine();
  const textarea = h('textarea', { id: 'note-text', name: 'text', rows: 4, placeholder: 'Write a reply to the caller or an internal note' });
  const form: HTMLFormElement = h('form', { class: 'card note-form', 'aria-labelledby': 'note-title' },
    h('h2', { id: 'note-title' }, 'Reply or note'),
    h('label', { for: 'note-text' }, 'Text'), textarea,
    attachReplyReview(session, textarea, () => ticket()?.contact?.language ?? undefined),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', name: 'kind', value: 'reply' }, 'Send reply'),
      h('button', { type: 'submit', name: 'kind', value: 'note', class: 'secondary' }, 'Add internal note')),
    summary);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const current = ticket();
    if (!current) return;
    const asReply = (event as SubmitEvent).submitter?.getAttribute('value') === 'reply';
    const input = { ticketId: current.id, expectedVersion: current.version, text: textarea.value };
    try {
      const payload = asReply
        ? (await session.client.request(ReplyToTicketDocument, { input })).replyToTicket
        : (await session.client.request(AddNoteDocument, { input })).addNote;
      if (showUserErrors(form, payload.userErrors, summary)) return;
      summary.show(asReply ? 'Reply sent.' : 'Note added.');
      textarea.value = '';
      textarea.dispatchEvent(new Event('input'));
      onSaved();
    } catch (error) {
      summary.show((error as Error).message, 'error');
    }
  });
  return form;
}

/** One ticket: details refresh live; the call panel and forms keep what the agent is doing. */
export function ticketView(session: Session, ticketId: string): { element: HTMLElement; dispose: () => void } {
  const status = statusLine();
  const detailBox = h('div', { class: 'ticket-details' }, h('p', { class: 'hint' }, 'Loading…'));
  let ticket: Ticket | null = null;

  async function load() {
    try {
      const data = await session.client.request(TicketDetailDocument, { id: ticketId });
      if (!data.ticket) {
        replaceChildren(detailBox, h('p', { class: 'field-error' }, 'This ticket does not exist, or it belongs to another organisation.'));
        return;
      }
      ticket = data.ticket;
      replaceChildren(detailBox, details(ticket));
    } catch (error) {
      status.show((error as Error).message, 'error');
    }
  }

  const call = callPanel(session, ticketId);
  const unsubscribe = session.client.subscribe(TicketEventsDocument, { ticketId }, () => void load(), (error) => status.show(error.message, 'error'));
  void load();
  const element = h('div', { class: 'ticket-view' },
    h('p', {}, h('a', { href: '#/tickets' }, '← All tickets')), status,
    h('div', { class: 'columns' },
      h('div', { class: 'column' }, detailBox, noteForm(session, () => ticket, load)),
      h('div', { class: 'column' }, call.element, promiseForm(session, ticketId, load), messageForm(session, ticketId))));
  return { element, dispose: () => { call.dispose(); unsubscribe(); } };
}
