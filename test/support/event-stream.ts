import http from 'node:http';

export interface SseEvent {
  type: string;
  id?: string;
  data: string;
}

/** A plain-HTTP EventSource: collects parsed events until closed. */
export function openEventStream(url: string, headers: Record<string, string> = {}) {
  const events: SseEvent[] = [];
  let status = 0;
  let contentType = '';
  let request!: http.ClientRequest;
  const opened = new Promise<void>((resolve, reject) => {
    request = http.get(url, { headers: { Accept: 'text/event-stream', ...headers } }, (res) => {
      status = res.statusCode ?? 0;
      contentType = String(res.headers['content-type'] ?? '');
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = { type: 'message', data: '' };
          for (const line of block.split('\n')) {
            const [field, ...rest] = line.split(':');
            const value = rest.join(':').replace(/^ /, '');
            if (field === 'event') event.type = value;
            else if (field === 'id') event.id = value;
            else if (field === 'data') event.data += value;
          }
          if (block.split('\n').some((l) => !l.startsWith(':'))) events.push(event);
        }
      });
      resolve();
    });
    request.on('error', reject);
  });
  const waitFor = async (predicate: (e: SseEvent) => boolean, timeoutMs: number) => {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      const found = events.find(predicate);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`);
  };
  return { events, opened, waitFor, status: () => status, contentType: () => contentType, close: () => request.destroy() };
}
