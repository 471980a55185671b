// One client for the console: queries and mutations go over HTTP POST to /graphql, subscriptions over
// the graphql-transport-ws WebSocket at the same path (graphql-ws), all typed by the generated
// TypedDocumentNodes and all failing with the same worded ApiError.
//
// Queries and mutations could go over the socket too, but the host shares one set of per-request batch
// loaders across a whole socket connection, so related objects (notes, promises) read over the socket
// can be stale; a request of its own always reads fresh.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { ApiError, toApiError, type GraphQLErrorLike } from './errors';

type Variables = Record<string, unknown>;

export interface HelpDeskClient {
  request<R, V extends Variables>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R>;
  /** Runs one query over the socket: how sign-in checks a key (a bad one closes the socket with 4403). */
  requestOverSocket<R, V extends Variables>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R>;
  subscribe<R, V extends Variables>(document: TypedDocumentNode<R, V>, variables: V, onData: (data: R) => void, onError: (error: ApiError) => void): () => void;
  close(): Promise<void>;
}

const endpoint = '/graphql';

function socketUrl(): string {
  const url = new URL(endpoint, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

async function post(apiKey: string, query: string, variables: Variables | undefined): Promise<{ data?: unknown; errors?: GraphQLErrorLike[] }> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', Authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The help desk cannot be reached. Check your connection.', 'DISCONNECTED');
  }
  const body = await response.json().catch(() => null);
  if (body && typeof body === 'object' && ('data' in body || 'errors' in body)) return body;
  const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : response.status === 429 ? 'RATE_LIMITED' : 'INTERNAL';
  return { errors: [{ message: response.statusText, extensions: { code } }] };
}

export function connect(apiKey: string, onConnectionChange: (connected: boolean) => void): HelpDeskClient {
  const socket: Client = createClient({
    url: socketUrl(),
    connectionParams: { apiKey },
    lazy: false,
    retryAttempts: 5,
    shouldRetry: (event) => !(event && typeof event === 'object' && 'code' in event && (event as CloseEvent).code === 4403),
    on: { connected: () => onConnectionChange(true), closed: () => onConnectionChange(false) },
    // Requests and subscriptions report a failed connection through their own error callbacks.
    onNonLazyError: () => onConnectionChange(false),
  });

  return {
    async request(document, variables) {
      const { data, errors } = await post(apiKey, print(document), variables);
      if (errors?.length) throw toApiError(errors);
      if (data == null) throw new ApiError('The help desk sent no answer.', 'INTERNAL');
      return data as never;
    },
    requestOverSocket(document, variables) {
      return new Promise((resolve, reject) => {
        let answer: unknown;
        socket.subscribe({ query: print(document), variables }, {
          next: ({ data, errors }) => { answer = errors?.length ? toApiError(errors) : data; },
          error: (error) => reject(toApiError(error)),
          complete: () => (answer instanceof ApiError || answer == null ? reject(answer ?? new ApiError('The help desk sent no answer.', 'INTERNAL')) : resolve(answer as never)),
        });
      });
    },
    subscribe(document, variables, onData, onError) {
      return socket.subscribe({ query: print(document), variables }, {
        next: ({ data, errors }) => {
          if (errors?.length) onError(toApiError(errors));
          else if (data) onData(data as never);
        },
        error: (error) => onError(toApiError(error)),
        complete: () => {},
      });
    },
    close: () => socket.dispose() as Promise<void>,
  };
}
