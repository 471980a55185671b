// One graphql-ws client carries queries, mutations and subscriptions (the host answers
// queries and mutations over the socket too), typed by the generated TypedDocumentNodes.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { ApiError, toApiError, type GraphQLErrorLike } from './errors';

type Variables = Record<string, unknown>;

export interface HelpDeskClient {
  request<R, V extends Variables>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R>;
  subscribe<R, V extends Variables>(document: TypedDocumentNode<R, V>, variables: V, onData: (data: R) => void, onError: (error: ApiError) => void): () => void;
  close(): Promise<void>;
}

function socketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

function resultOf<R>(errors: readonly GraphQLErrorLike[] | undefined, data: R | null | undefined): R {
  if (errors?.length) throw toApiError(errors);
  if (data == null) throw new ApiError('The help desk sent no answer.', 'INTERNAL');
  return data;
}

export function connect(apiKey: string, onConnectionChange: (connected: boolean) => void): HelpDeskClient {
  const socket: Client = createClient({
    url: socketUrl(),
    connectionParams: { apiKey },
    lazy: false,
    retryAttempts: 5,
    shouldRetry: (event) => !(event && typeof event === 'object' && 'code' in event && (event as CloseEvent).code === 4403),
    on: { connected: () => onConnectionChange(true), closed: () => onConnectionChange(false) },
  });

  return {
    async request(document, variables) {
      try {
        const { data, errors } = await new Promise<{ data?: unknown; errors?: readonly GraphQLErrorLike[] }>((resolve, reject) => {
          let result: { data?: unknown; errors?: readonly GraphQLErrorLike[] } = {};
          socket.subscribe({ query: print(document), variables }, {
            next: (value) => { result = value as typeof result; },
            error: reject,
            complete: () => resolve(result),
          });
        });
        return resultOf(errors, data as never);
      } catch (error) {
        throw toApiError(error);
      }
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
