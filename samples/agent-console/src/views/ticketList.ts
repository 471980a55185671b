import {
  OpenTicketDocument, TicketEventsDocument, TicketsDocument,
  type TicketFilter, type TicketPriority, type TicketRowFragment, type TicketStatus,
} from '../generated/graphql';
import { formatDateTime, h, humanize, replaceChildren, statusLine } from '../dom';
import type { Session } from '../session';
import { showUserErrors } from './userErrors';

const statuses: TicketStatus[] = ['NEW', 'OPEN', 'PENDING', 'RESOLVED', 'CLOSED'];
const priorities: TicketPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

function ticketRow(ticket: TicketRowFragment): HTMLTableRowElement {
  return h('tr', { 'data-ticket-number': ticket.number },
    h('td', {}, h('a', { href: `#/tickets/${encodeURIComponent(ticket.id)}` }, `#${ticket.number}`)),
    h('td', {}, ticket.subject),
    h('td', {}, h('span', { class: `badge status-${ticket.status.toLowerCase()}` }, humanize(ticket.status))),
    h('td', {}, h('span', { class: `badge priority-${ticket.priority.toLowerCase()}` }, humanize(ticket.priority))),
    h('td', {}, ticket.tags.map((tag) => h('span', { class: 'tag' }, tag.name))),
    h('td', {}, ticket.escalation ? humanize(ticket.escalation.action) : '—'),
    h('td', {}, formatDateTime(ticket.updatedAt)));
}

function openTicketForm(session: Session, onOpened: () => void): HTMLElement {
  const summary = statusLine();
  const form: HTMLFormElement = h('form', { class: 'card open-ticket', 'aria-labelledby': 'open-ticket-title' },
    h('h2', { id: 'open-ticket-title' }, 'Open a ticket'),
    h('label', { for: 'new-subject' }, 'Subject'), h('input', { id: 'new-subject', name: 'subject' }),
    h('label', { for: 'new-priority' }, 'Priority'),
    h('select', { id: 'new-priority', name: 'priority' }, priorities.map((p) => h('option', { value: p, selected: p === 'NORMAL' }, humanize(p)))),
    h('label', { for: 'new-description' }, 'Description'), h('textarea', { id: 'new-description', name: 'description', rows: 3 }),
    h('button', { type: 'submit' }, 'Open ticket'),
    summary);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      const { openTicket } = await session.client.request(OpenTicketDocument, {
        input: {
          subject: String(data.get('subject') ?? ''),
          priority: data.get('priority') as TicketPriority,
          description: String(data.get('description') ?? ''),
          clientMutationId: crypto.randomUUID(),
        },
      });
      if (showUserErrors(form, openTicket.userErrors, summary) || !openTicket.ticket) return;
      summary.show(`Ticket #${openTicket.ticket.number} opened.`);
      form.reset();
      onOpened();
    } catch (error) {
      summary.show((error as Error).message, 'error');
    }
  });
  return form;
}

/** Tickets with filters, refreshed live from the ticketEvents subscription. */
export function ticketListView(session: Session): { element: HTMLElement; dispose: () => void } {
  const status = statusLine();
  const body = h('tbody');
  const count = h('span', { class: 'count' });
  const filterForm: HTMLFormElement = h('form', { class: 'filters', 'aria-label': 'Filter tickets' },
    h('fieldset', {}, h('legend', {}, 'Status'),
      statuses.map((s) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'status', value: s, checked: s !== 'CLOSED' && s !== 'RESOLVED' }), humanize(s)))),
    h('label', { for: 'filter-priority' }, 'Priority'),
    h('select', { id: 'filter-priority', name: 'priority' }, h('option', { value: '' }, 'Any'), priorities.map((p) => h('option', { value: p }, humanize(p)))),
    h('label', { for: 'filter-text' }, 'Search'),
    h('input', { id: 'filter-text', name: 'text', type: 'search', placeholder: 'Subject or description' }),
    h('label', { for: 'filter-tag' }, 'Tag'),
    h('input', { id: 'filter-tag', name: 'tag', placeholder: 'e.g. service:network' }));

  function currentFilter(): TicketFilter {
    const data = new FormData(filterForm);
    const filter: TicketFilter = { status: data.getAll('status') as TicketStatus[] };
    const priority = String(data.get('priority') ?? '');
    const text = String(data.get('text') ?? '').trim();
    const tag = String(data.get('tag') ?? '').trim();
    if (priority) filter.priority = [priority as TicketPriority];
    if (text) filter.text = text;
    if (tag) filter.tag = [tag];
    return filter;
  }

  let loading = 0;
  async function load() {
    const attempt = ++loading;
    try {
      const { tickets } = await session.client.request(TicketsDocument, { first: 50, filter: currentFilter() });
      if (attempt !== loading) return;
      replaceChildren(body, tickets.nodes.length ? tickets.nodes.map(ticketRow) : h('tr', {}, h('td', { colspan: 7 }, 'No tickets match these filters.')));
      count.textContent = `${tickets.totalCount} ticket${tickets.totalCount === 1 ? '' : 's'}`;
    } catch (error) {
      status.show((error as Error).message, 'error');
    }
  }

  let debounce: number | undefined;
  filterForm.addEventListener('input', () => { clearTimeout(debounce); debounce = window.setTimeout(load, 250); });
  filterForm.addEventListener('submit', (event) => { event.preventDefault(); void load(); });

  const unsubscribe = session.client.subscribe(TicketEventsDocument, {}, (data) => {
    status.show(`Live: ${humanize(data.ticketEvents.type.replace('.', ' '))} on #${data.ticketEvents.ticket?.number ?? '?'}`);
    void load();
  }, (error) => status.show(error.message, 'error'));

  void load();
  const element = h('section', { class: 'ticket-list', 'aria-labelledby': 'tickets-title' },
    h('div', { class: 'list-column' },
      h('h1', { id: 'tickets-title' }, 'Tickets ', count),
      filterForm, status,
      h('table', {}, h('caption', { class: 'visually-hidden' }, 'Tickets, most recently changed first'),
        h('thead', {}, h('tr', {}, ['Number', 'Subject', 'Status', 'Priority', 'Tags', 'Escalation', 'Updated'].map((c) => h('th', { scope: 'col' }, c)))),
        body)),
    openTicketForm(session, load));
  return { element, dispose: unsubscribe };
}
