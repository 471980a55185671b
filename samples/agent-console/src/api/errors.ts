// Turns the API's error codes (README "Errors") into sentences an agent can act on.

const requestMessages: Record<string, string> = {
  UNAUTHENTICATED: 'Your API key was not accepted. Sign in again with a valid key.',
  FORBIDDEN: 'Your role may not do this. Ask a supervisor or an administrator.',
  NOT_FOUND: 'That item no longer exists, or it belongs to another organisation.',
  VALIDATION_FAILED: 'The console sent a request the help desk did not understand. Reload the page and try again.',
  QUERY_TOO_COMPLEX: 'That request asks for too much at once. Narrow the filters and try again.',
  TIMEOUT: 'The help desk took too long to answer. Try again in a moment.',
  RATE_LIMITED: 'Too many requests in a short time. Wait a minute and try again.',
  PLUGIN_UNAVAILABLE: 'The desk has no plugin switched on that can do this. Ask an administrator to enable one.',
  INTERNAL: 'Something went wrong on the help desk side.',
};

const socketCloseMessages: Record<number, string> = {
  4403: requestMessages.UNAUTHENTICATED,
  4408: 'The connection to the help desk timed out. Reload the page.',
  1000: 'The help desk is restarting. Reconnecting…',
};

const inputMessages: Record<string, string> = {
  REQUIRED: 'This is required.',
  INVALID: 'This value is not valid.',
  TOO_LONG: 'This is too long.',
  NOT_FOUND: 'This was not found.',
  CONFLICT: 'Someone else changed this meanwhile. Reload and try again.',
  PLUGIN_FAILED: 'A desk plugin could not check this. Try again.',
};

export interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown; correlationId?: unknown };
}

/** An error a request or the socket ended with, already worded for a person. */
export class ApiError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

export function requestErrorMessage(error: GraphQLErrorLike): string {
  const code = String(error.extensions?.code ?? 'INTERNAL');
  const text = requestMessages[code] ?? requestMessages.INTERNAL;
  const correlation = error.extensions?.correlationId;
  return code === 'INTERNAL' && correlation ? `${text} Quote reference ${correlation} to support.` : text;
}

export function socketCloseMessage(code: number): string {
  return socketCloseMessages[code] ?? 'The connection to the help desk was lost. Reconnecting…';
}

/** The server's own sentence when it gave one, else a plain one for the code. */
export function inputErrorMessage(error: { message: string; code: string }): string {
  return error.message || inputMessages[error.code] || inputMessages.INVALID;
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (Array.isArray(error) && error.length) {
    const first = error[0] as GraphQLErrorLike;
    return new ApiError(requestErrorMessage(first), String(first.extensions?.code ?? 'INTERNAL'));
  }
  if (error && typeof error === 'object' && 'code' in error && typeof (error as CloseEvent).code === 'number') {
    const code = (error as CloseEvent).code;
    return new ApiError(socketCloseMessage(code), code === 4403 ? 'UNAUTHENTICATED' : 'DISCONNECTED');
  }
  return new ApiError('The help desk cannot be reached. Check your connection.', 'DISCONNECTED');
}
