import { OrganizationDocument } from '../generated/graphql';
import { h, statusLine } from '../dom';
import { openClient, saveCredentials, type Session } from '../session';

/** The sign-in form: an API key and the name the caller will hear in the greeting. */
export function signInView(onSignedIn: (session: Session) => void): HTMLElement {
  const status = statusLine();
  const keyInput = h('input', { id: 'api-key', name: 'apiKey', type: 'password', required: true, autocomplete: 'off', placeholder: 'hd_…' });
  const nameInput = h('input', { id: 'agent-name', name: 'agentName', required: true, value: 'Sam' });

  async function submit(event: Event) {
    event.preventDefault();
    status.show('Signing in…');
    const client = openClient(keyInput.value.trim());
    try {
      const { organization } = await client.requestOverSocket(OrganizationDocument, {});
      saveCredentials(keyInput.value.trim(), nameInput.value.trim());
      onSignedIn({ client, agentName: nameInput.value.trim(), organizationName: organization.name });
    } catch (error) {
      await client.close();
      status.show((error as Error).message, 'error');
    }
  }

  return h('main', { class: 'sign-in' },
    h('form', { class: 'card', onsubmit: submit, 'aria-labelledby': 'sign-in-title' },
      h('h1', { id: 'sign-in-title' }, 'HelpDesk agent console'),
      h('label', { for: 'api-key' }, 'API key'), keyInput,
      h('label', { for: 'agent-name' }, 'Your name (used in greetings)'), nameInput,
      h('button', { type: 'submit' }, 'Sign in'),
      status));
}
