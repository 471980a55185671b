// Who is signed in: the API key (kept for this browser tab only) and the agent's display name.
import { connect, type HelpDeskClient } from './api/client';

const keyItem = 'helpdesk.apiKey';
const nameItem = 'helpdesk.agentName';

export interface Session {
  client: HelpDeskClient;
  agentName: string;
  organizationName: string;
}

export function savedCredentials(): { apiKey: string; agentName: string } | null {
  const apiKey = sessionStorage.getItem(keyItem);
  return apiKey ? { apiKey, agentName: sessionStorage.getItem(nameItem) ?? 'Agent' } : null;
}

export function saveCredentials(apiKey: string, agentName: string): void {
  sessionStorage.setItem(keyItem, apiKey);
  sessionStorage.setItem(nameItem, agentName);
}

export function forgetCredentials(): void {
  sessionStorage.removeItem(keyItem);
  sessionStorage.removeItem(nameItem);
}

export function openClient(apiKey: string): HelpDeskClient {
  return connect(apiKey, (connected) => {
    document.body.dataset.connection = connected ? 'online' : 'offline';
  });
}
