/**
 * Parsing in a worker thread that is replaced every few thousand documents. Sätteri's native parser keeps
 * about 20 KB per parse until its thread ends (measured: 10,000 articles grow a process by 200 MB with a
 * flat JavaScript heap), which would take the catalog of 100,000 articles past 2 GB; a worker's memory is
 * returned when it ends. Calls stay synchronous: the caller waits on a shared flag and takes the tree from
 * the port (receiveMessageOnPort). Node only: for `npm run catalog` and `npm run check`, not the browser.
 */
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { parseHere, useParser, type HastLike } from './parse.ts';

/** Documents per worker: 2,000 keep it near 40 MB of native memory; starting one costs about 0.1 s. */
const PARSES_PER_WORKER = 2_000;

interface Reply {
  tree?: HastLike;
  error?: string;
}

interface Channel {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
  parses: number;
}

function start(): Channel {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL(import.meta.url), { workerData: { catalogParser: true, flag, port: port2 }, transferList: [port2] });
  worker.unref();
  return { worker, port: port1, flag, parses: 0 };
}

/** Makes every parseMdx of this process run in recycled worker threads; returns the function that stops them. */
export function parseInWorkers(): () => void {
  let channel = start();
  const previous = useParser((mdx) => {
    if (channel.parses === PARSES_PER_WORKER) {
      void channel.worker.terminate();
      channel = start();
    }
    channel.parses += 1;
    Atomics.store(channel.flag, 0, 0);
    channel.port.postMessage(mdx);
    // A loop, not one wait: the previous parse's notify may land after this parse lowered the flag, waking the
    // wait before this reply exists (seen once in 2,100 parses: "no reply").
    while (Atomics.load(channel.flag, 0) === 0) Atomics.wait(channel.flag, 0, 0);
    const reply = receiveMessageOnPort(channel.port)?.message as Reply | undefined;
    if (!reply) throw new Error('parse worker: no reply');
    if (reply.error !== undefined) throw new Error(reply.error);
    return reply.tree!;
  });
  return () => {
    useParser(previous);
    void channel.worker.terminate();
  };
}

/** Run as the worker: parse what the port brings, reply, raise the flag. */
const job = workerData as { catalogParser?: true; flag: Int32Array; port: MessagePort } | null;
if (job?.catalogParser) {
  const { flag, port } = job;
  port.on('message', (mdx: string) => {
    let reply: Reply;
    try {
      reply = { tree: parseHere(mdx) };
    } catch (error) {
      reply = { error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
}
