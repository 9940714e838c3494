/**
 * Reads LSP messages (`Content-Length` framing) from a byte stream and finds its feet again after a
 * broken frame. vscode-jsonrpc's own reader never recovers from a wrong Content-Length or a header
 * without one: every later header is read glued to the previous body and the server goes deaf for
 * the rest of the session while its process stays alive, so the editor never restarts it.
 *
 * Recovery rests on one fact: a JSON body cannot hold a raw CR (inside strings it must be escaped,
 * and between tokens `Content-Length:` cannot appear), so `Content-Length: <digits>\r\n` met where a
 * body or a header should be is the start of the next message. The bytes before it are dropped and
 * the drop is logged; a well-framed message whose body is not a JSON object is dropped alone.
 */
import {
  AbstractMessageReader,
  type DataCallback,
  Disposable,
  type Message,
  type MessageReader,
} from 'vscode-languageserver/node.js';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = Buffer.from('Content-Length:', 'ascii');
/** Longest header block we wait for before deciding it is garbage. */
const MAX_HEADER_BYTES = 8192;

/** A byte queue with amortised O(1) appends: a 10 MB message arriving in 64 kB chunks is copied a few times, not 160. */
class ByteQueue {
  private data = Buffer.alloc(64 * 1024);
  start = 0;
  end = 0;

  get length(): number {
    return this.end - this.start;
  }

  append(chunk: Buffer): void {
    if (this.end + chunk.length > this.data.length) {
      const live = this.length;
      const size = Math.max(this.data.length, (live + chunk.length) * 2);
      const next = size > this.data.length ? Buffer.alloc(size) : this.data;
      this.data.copy(next, 0, this.start, this.end);
      this.data = next;
      this.start = 0;
      this.end = live;
    }
    chunk.copy(this.data, this.end);
    this.end += chunk.length;
  }

  /** Offset (relative to the queue's start) of `needle` at or after `from`, or -1. */
  indexOf(needle: Buffer, from: number): number {
    const at = this.data.subarray(this.start, this.end).indexOf(needle, from);
    return at;
  }

  slice(from: number, to: number): Buffer {
    return this.data.subarray(this.start + from, this.start + to);
  }

  drop(count: number): void {
    this.start += Math.min(count, this.length);
    if (this.start === this.end) this.start = this.end = 0;
  }
}

/** The Content-Length of a header block, or undefined when the block is not a valid header. */
function contentLengthOf(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'content-length') {
      if (!/^\d{1,10}$/.test(value)) return undefined;
      length = Number(value);
    }
  }
  return length;
}

type Candidate = { kind: 'complete' | 'partial'; at: number } | { kind: 'none' };

/**
 * The first `Content-Length: <digits>\r\n` starting in [from, before) of the queue: 'partial' when
 * the bytes received so far end inside it, so it cannot be told yet.
 */
function nextMessageStart(queue: ByteQueue, from: number, before: number): Candidate {
  const bytes = queue.slice(0, queue.length);
  for (
    let at = bytes.indexOf(CONTENT_LENGTH, from);
    at !== -1 && at < before;
    at = bytes.indexOf(CONTENT_LENGTH, at + 1)
  ) {
    let i = at + CONTENT_LENGTH.length;
    while (bytes[i] === 0x20 || bytes[i] === 0x09) i++;
    const digits = i;
    while (i < bytes.length && (bytes[i] ?? 0) >= 0x30 && (bytes[i] ?? 0) <= 0x39) i++;
    if (i + 1 >= bytes.length) return { kind: 'partial', at };
    if (i > digits && bytes[i] === 0x0d && bytes[i + 1] === 0x0a) return { kind: 'complete', at };
  }
  return { kind: 'none' };
}

export class ResyncingMessageReader extends AbstractMessageReader implements MessageReader {
  private readonly queue = new ByteQueue();
  /** Body length of the message being read, once its header is read; -1 while reading a header. */
  private bodyLength = -1;
  /** How far the awaited body has been searched for a next message start. */
  private scanned = 0;
  private callback: DataCallback | undefined;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    private readonly log: (message: string) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer | string) => {
      try {
        this.queue.append(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
        while (this.bodyLength < 0 ? this.readHeader() : this.readBody()) {
          // each step consumed bytes; go on until one needs more
        }
      } catch (error) {
        this.fireError(error);
      }
    };
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onClose);
    this.readable.on('close', onClose);
    return Disposable.create(() => {
      this.callback = undefined;
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('end', onClose);
      this.readable.off('close', onClose);
    });
  }

  /** Reads one header block; false when more bytes are needed. */
  private readHeader(): boolean {
    const end = this.queue.indexOf(HEADER_END, 0);
    if (end === -1) {
      return this.queue.length > MAX_HEADER_BYTES ? this.resync('a header block too long') : false;
    }
    const length = contentLengthOf(this.queue.slice(0, end).toString('latin1'));
    if (length === undefined) return this.resync('a header block without a valid Content-Length');
    this.queue.drop(end + HEADER_END.length);
    this.bodyLength = length;
    this.scanned = 0;
    return true;
  }

  /** Reads the awaited body; false when more bytes are needed. */
  private readBody(): boolean {
    // The next message's header inside this body's bytes: its Content-Length was wrong.
    const within = Math.min(this.queue.length, this.bodyLength);
    const next = nextMessageStart(this.queue, this.scanned, within);
    if (next.kind === 'complete') {
      this.queue.drop(next.at);
      this.bodyLength = -1;
      this.log(`dropped ${next.at} bytes of a message whose Content-Length did not match its body`);
      return true;
    }
    if (this.queue.length < this.bodyLength) {
      this.scanned =
        next.kind === 'partial' ? next.at : Math.max(this.scanned, within - CONTENT_LENGTH.length);
      return false;
    }
    const body = this.queue.slice(0, this.bodyLength).toString('utf8');
    let message: unknown;
    try {
      message = JSON.parse(body);
    } catch {
      // A header that starts inside the body and ends past it: the Content-Length was too long.
      const dropped = next.kind === 'partial' ? next.at : this.bodyLength;
      this.queue.drop(dropped);
      this.bodyLength = -1;
      this.log(`dropped a message whose body is not JSON (${dropped} bytes)`);
      return true;
    }
    this.queue.drop(this.bodyLength);
    this.bodyLength = -1;
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      this.log('dropped a message whose body is not a JSON object');
      return true;
    }
    try {
      this.callback?.(message as Message);
    } catch (error) {
      // The connection's handling of one message (say a $/cancelRequest with params of the wrong
      // type) must not stop the messages queued after it.
      this.log(`a message could not be handled: ${error instanceof Error ? error.message : String(error)}`);
    }
    return true;
  }

  /** Drops the bytes before the next message start; true when that start is complete. */
  private resync(reason: string): boolean {
    const next = nextMessageStart(this.queue, 1, this.queue.length);
    // With no start in sight, keep a tail that could be the beginning of a split "Content-Length:".
    const count =
      next.kind === 'none' ? Math.max(0, this.queue.length - (CONTENT_LENGTH.length - 1)) : next.at;
    this.queue.drop(count);
    this.log(`dropped ${count} bytes: ${reason}`);
    return next.kind === 'complete';
  }
}
