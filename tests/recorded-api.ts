/**
 * A local HTTP server that plays a Git host's API for the writer tests: it answers from a
 * route function (responses recorded from the host's documentation) and keeps every request
 * (method, URL, JSON body, Authorization header) for the assertions.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (method: string, url: string) => [number, unknown] | undefined;
export interface SeenRequest {
  method: string;
  url: string;
  body: unknown;
  auth: string | undefined;
}

export interface RecordedApi {
  /** http://127.0.0.1:<port> */
  url: string;
  seen: SeenRequest[];
  route: Route;
  close(): Promise<void>;
}

/** Start the server; set `api.route` to answer (unrouted requests get 404 {"message":"Not Found"}). */
export async function startRecordedApi(): Promise<RecordedApi> {
  const api = { seen: [] as SeenRequest[], route: (() => undefined) as Route } as RecordedApi;
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      api.seen.push({ method: req.method!, url: req.url!, body: text ? JSON.parse(text) : undefined, auth: req.headers.authorization });
      const [status, body] = api.route(req.method!, req.url!) ?? [404, { message: 'Not Found' }];
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () => new Promise((r) => server.close(() => r()));
  return api;
}
