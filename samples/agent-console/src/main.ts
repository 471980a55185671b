// The console's shell: sign-in, a header with navigation, and hash routes for the views.
import './styles.css';
import { h, replaceChildren } from './dom';
import { forgetCredentials, openClient, savedCredentials, type Session } from './session';
import { OrganizationDocument } from './generated/graphql';
import { signInView } from './views/signIn';
import { supervisorView } from './views/supervisor';
import { ticketListView } from './views/ticketList';
import { ticketView } from './views/ticketView';

const root = document.getElementById('app')!;
let disposeView: (() => void) | undefined;

function route(session: Session, outlet: HTMLElement) {
  disposeView?.();
  const hash = window.location.hash || '#/tickets';
  const ticketMatch = /^#\/tickets\/(.+)$/.exec(hash);
  const view = ticketMatch ? ticketView(session, decodeURIComponent(ticketMatch[1]))
    : hash === '#/supervisor' ? supervisorView(session)
      : ticketListView(session);
  disposeView = view.dispose;
  replaceChildren(outlet, view.element);
  document.querySelectorAll('nav a').forEach((link) => link.toggleAttribute('aria-current', hash.startsWith(link.getAttribute('href')!)));
  outlet.focus();
}

function shell(session: Session) {
  const outlet = h('main', { id: 'main', tabindex: -1 });
  const signOut = async () => {
    disposeView?.();
    disposeView = undefined;
    forgetCredentials();
    await session.client.close();
    window.location.hash = '';
    showSignIn();
  };
  replaceChildren(root,
    h('a', { class: 'skip-link', href: '#main', onclick: (e: Event) => { e.preventDefault(); outlet.focus(); } }, 'Skip to content'),
    h('header', { class: 'top-bar' },
      h('span', { class: 'brand' }, session.organizationName),
      h('nav', { 'aria-label': 'Main' }, h('a', { href: '#/tickets' }, 'Tickets'), h('a', { href: '#/supervisor' }, 'Supervisor')),
      h('span', { class: 'who' }, h('span', { class: 'connection', 'aria-label': 'Connection' }), session.agentName),
      h('button', { type: 'button', class: 'secondary', onclick: signOut }, 'Sign out')),
    outlet);
  window.onhashchange = () => route(session, outlet);
  route(session, outlet);
}

function showSignIn() {
  window.onhashchange = null;
  replaceChildren(root, signInView(shell));
  root.querySelector<HTMLInputElement>('#api-key')?.focus();
}

async function start() {
  const saved = savedCredentials();
  if (!saved) return showSignIn();
  const client = openClient(saved.apiKey);
  try {
    const { organization } = await client.requestOverSocket(OrganizationDocument, {});
    shell({ client, agentName: saved.agentName, organizationName: organization.name });
  } catch {
    await client.close();
    forgetCredentials();
    showSignIn();
  }
}

void start();
