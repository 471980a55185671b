// Proves the API works with the reference JavaScript clients, the way a front end uses them:
//  (a) introspects the running host with `graphql` and validates every samples/operations/*.graphql against it;
//  (b) subscribes to ticketEvents with `graphql-ws` over `ws`, opens a ticket over HTTP, and waits for its event.
// Usage: node client.mjs http://host:port/graphql <api key>   (exits 0 on success, 1 on any failure or after a timeout)
import { readdir, readFile } from 'node:fs/promises';
import { buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const endpoint = process.argv[2];
const apiKey = process.argv[3];
const operationsFolder = new URL('../../samples/operations/', import.meta.url);
const timeoutMs = 15_000;

if (!endpoint || !apiKey) {
  console.error('usage: node client.mjs <http url of the GraphQL endpoint> <api key>');
  process.exit(1);
}

// Nothing below may hang the test that runs this script.
setTimeout(() => {
  console.error(`FAIL: timed out after ${timeoutMs} ms`);
  process.exit(1);
}, timeoutMs).unref();

async function post(query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', Authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    throw new Error(`request failed: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

async function validateSamples() {
  const schema = buildClientSchema(await post(getIntrospectionQuery()));
  const files = (await readdir(operationsFolder)).filter((name) => name.endsWith('.graphql')).sort();
  if (files.length === 0) {
    throw new Error('no sample operations found');
  }
  for (const file of files) {
    const errors = validate(schema, parse(await readFile(new URL(file, operationsFolder), 'utf8')));
    if (errors.length) {
      throw new Error(`${file} is invalid: ${errors.map((e) => e.message).join('; ')}`);
    }
    console.log(`valid: ${file}`);
  }
  return files.length;
}

async function receiveTicketEvent() {
  const client = createClient({
    url: endpoint.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { apiKey },
  });
  try {
    const opened = new Set();
    const arrived = new Promise((resolve, reject) => {
      client.subscribe(
        { query: 'subscription { ticketEvents { type ticketId ticket { subject } } }' },
        {
          next: ({ data, errors }) => {
            if (errors?.length) {
              reject(new Error(`subscription errors: ${JSON.stringify(errors)}`));
            } else if (opened.has(data.ticketEvents.ticketId)) {
              resolve(data.ticketEvents);
            }
          },
          error: (error) => reject(error instanceof Error ? error : new Error(`socket closed: ${error.code} ${error.reason}`)),
          complete: () => reject(new Error('the subscription completed before an event arrived')),
        },
      );
    });

    // The protocol has no "subscribed" message: open tickets until one's event arrives.
    let received;
    for (let attempt = 1; received === undefined; attempt++) {
      const data = await post(
        'mutation($input: OpenTicketInput!) { openTicket(input: $input) { ticket { id } } }',
        { input: { subject: `Opened by the JavaScript client (${attempt})` } },
      );
      opened.add(data.openTicket.ticket.id);
      received = await Promise.race([arrived, new Promise((resolve) => setTimeout(resolve, 500))]);
    }
    return received;
  } finally {
    await client.dispose();
  }
}

try {
  const count = await validateSamples();
  console.log(`schema: ${count} sample operations valid`);
  const event = await receiveTicketEvent();
  console.log(`event: ${event.type} for "${event.ticket.subject}"`);
  console.log('OK');
  process.exit(0);
} catch (error) {
  console.error(`FAIL: ${error.message}`);
  process.exit(1);
}
