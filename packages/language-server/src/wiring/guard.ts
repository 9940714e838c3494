/**
 * Handler guards: a request gets the error the specification asks for when it comes before
 * `initialize`, after `shutdown`, with a position that is not a pair of numbers, or after it was
 * cancelled; a handler that fails is logged and answered with its empty result, so no single
 * request can take the server down.
 */
import { type CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { messageOf } from '../errors.js';

export type Handler<P, R> = (params: P, token?: CancellationToken) => R | Promise<R>;

/** Where the server is in its life: requests are served between `initialize` and `shutdown`. */
export interface Lifecycle {
  initialized: boolean;
  shutdown: boolean;
}

/** The error for a request that comes outside the server's life, if it does. */
export function lifecycleError(lifecycle: Lifecycle): ResponseError<void> | undefined {
  if (!lifecycle.initialized) {
    return new ResponseError(ErrorCodes.ServerNotInitialized, 'the server has not been initialized yet');
  }
  if (lifecycle.shutdown) return new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
  return undefined;
}

function isPosition(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { line, character } = value as { line?: unknown; character?: unknown };
  return (
    typeof line === 'number' &&
    Number.isFinite(line) &&
    typeof character === 'number' &&
    Number.isFinite(character)
  );
}

/** What is wrong with the `position` or `range` of a request's params, if anything. */
function positionProblem(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const { position, range } = params as { position?: unknown; range?: unknown };
  if (position !== undefined && !isPosition(position)) return 'position must have numeric line and character';
  if (range !== undefined) {
    const { start, end } = (range ?? {}) as { start?: unknown; end?: unknown };
    if (!isPosition(start) || !isPosition(end)) return 'range must have numeric start and end positions';
  }
  return undefined;
}

export function createGuard(log: (message: string) => void, lifecycle: Lifecycle) {
  return function guard<P, R>(name: string, fallback: R, handler: Handler<P, R>) {
    return async (params: P, token?: CancellationToken): Promise<R | ResponseError<void>> => {
      const refused = lifecycleError(lifecycle);
      if (refused) return refused;
      const problem = positionProblem(params);
      if (problem) return new ResponseError(ErrorCodes.InvalidParams, `${name}: ${problem}`);
      if (token?.isCancellationRequested)
        return new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) return error;
        log(`${name} failed: ${messageOf(error)}`);
        return fallback;
      }
    };
  };
}
