/** Types of lsp-process.mjs, for the TypeScript resilience tests. */
import type { ChildProcess } from 'node:child_process';

export declare const ROOT: string;
export declare const SERVER_COMMANDS: { main: string[]; cli: string[] };
export declare function frame(body: unknown): Buffer;

export interface ResponseError {
  code: number;
  message: string;
  data?: unknown;
}
export interface ResponseMessage {
  jsonrpc: '2.0';
  id: number | string | null;
  result?: unknown;
  error?: ResponseError;
}
export interface NotificationMessage {
  jsonrpc: '2.0';
  method: string;
  params?: unknown;
}
export interface ExitInfo {
  code: number | null;
  signal: string | null;
}

export declare class LspProcess {
  constructor(options?: {
    server?: 'main' | 'cli';
    settings?: Record<string, unknown>;
    stderrLimit?: number;
  });
  readonly child: ChildProcess;
  readonly pid: number | undefined;
  settings: Record<string, unknown>;
  readonly notifications: NotificationMessage[];
  readonly strayResponses: ResponseMessage[];
  readonly exitInfo: ExitInfo | null;
  readonly exited: Promise<ExitInfo>;
  readonly garbage: number;
  readonly alive: boolean;
  sendRaw(bytes: Buffer | string): void;
  send(message: unknown): void;
  notify(method: string, params?: unknown): void;
  start(
    method: string,
    params?: unknown,
    timeoutMs?: number,
  ): { id: number; response: Promise<ResponseMessage> };
  request(method: string, params?: unknown, timeoutMs?: number): Promise<ResponseMessage>;
  call<T = unknown>(method: string, params?: unknown, timeoutMs?: number): Promise<T>;
  cancel(id: number | string): void;
  waitForNotification<T = unknown>(
    method: string,
    predicate?: (params: T) => boolean,
    timeoutMs?: number,
  ): Promise<T>;
  initialize(capabilities?: Record<string, unknown>): Promise<{ capabilities: Record<string, unknown> }>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  change(uri: string, version: number, contentChanges: unknown[]): void;
  close(uri: string): void;
  stop(timeoutMs?: number): Promise<number | null>;
  kill(): void;
  rssKb(): number | undefined;
  stderr(): string;
}
