/**
 * The clients compared for per-request overhead. Each makes the same authenticated
 * `GET /v1/sessions/{sessionId}` against a stub `fetch` and returns the parsed body or throws.
 */
import { Octokit } from "@octokit/core";
import axios from "axios";
import ky from "ky";
import createFetchClient from "openapi-fetch";
import { createIsNotAiClient, unwrap, type paths } from "../../packages/isnotai/dist/index.js";

export interface Contender {
  name: string;
  call: () => Promise<unknown>;
}

const BASE = "https://api.isnotai.com";
const API_KEY = "aik_v1_bench0000000000000000";
const AUTHORIZATION = `Bearer ${API_KEY}`;
const SESSION_ID = "ses_01HZX3Q8K2";
const BODY = JSON.stringify({ sessionId: SESSION_ID, userId: "usr_42", riskLevel: "low", score: 0.12 });
export const BODY_BYTES = BODY.length;

/** A `fetch` that answers at once with a small JSON body, whatever it is asked. */
export const stubFetch = async (_input?: unknown, _init?: unknown) =>
  new Response(BODY, { status: 200, headers: { "content-type": "application/json" } });

/** The floor: what any client must do at least — build the request, send it, check, parse. */
function handWritten(): Contender {
  return {
    name: "hand-written fetch (floor)",
    async call() {
      const url = `${BASE}/v1/sessions/${encodeURIComponent(SESSION_ID)}`;
      const response = await stubFetch(new Request(url, { headers: { authorization: AUTHORIZATION } }));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
  };
}

function plainOpenapiFetch(): Contender {
  const client = createFetchClient<paths>({
    baseUrl: BASE,
    headers: { authorization: AUTHORIZATION },
    fetch: stubFetch,
  });
  return {
    name: "openapi-fetch",
    async call() {
      const { data, error } = await client.GET("/v1/sessions/{sessionId}", {
        params: { path: { sessionId: SESSION_ID } },
      });
      if (error) throw new Error("request failed");
      return data;
    },
  };
}

function clientele(): Contender {
  // auth, the default retry policy (2 retries), per-attempt timeout and typed errors all on
  const client = createIsNotAiClient({ apiKey: API_KEY, fetch: stubFetch });
  return {
    name: "Clientele (@clientele/isnotai)",
    call: () =>
      unwrap(client.GET("/v1/sessions/{sessionId}", { params: { path: { sessionId: SESSION_ID } } })),
  };
}

/** The same client with retries and the per-attempt timeout off: what those two cost. */
function clienteleBare(): Contender {
  const client = createIsNotAiClient({ apiKey: API_KEY, fetch: stubFetch, retry: false, timeoutMs: 0 });
  return {
    name: "Clientele, retry: false, timeoutMs: 0",
    call: () =>
      unwrap(client.GET("/v1/sessions/{sessionId}", { params: { path: { sessionId: SESSION_ID } } })),
  };
}

function octokit(): Contender {
  const client = new Octokit({ auth: API_KEY, baseUrl: BASE, request: { fetch: stubFetch } });
  return {
    name: "@octokit/core",
    call: async () => (await client.request("GET /v1/sessions/{sessionId}", { sessionId: SESSION_ID })).data,
  };
}

function kyClient(): Contender {
  const client = ky.create({ prefixUrl: BASE, headers: { authorization: AUTHORIZATION }, fetch: stubFetch });
  return {
    name: "ky",
    call: () => client.get(`v1/sessions/${encodeURIComponent(SESSION_ID)}`).json(),
  };
}

function axiosClient(): Contender {
  const client = axios.create({
    baseURL: BASE,
    adapter: "fetch",
    headers: { authorization: AUTHORIZATION },
    env: { fetch: stubFetch },
  });
  return {
    name: "axios (fetch adapter)",
    call: async () => (await client.get(`/v1/sessions/${encodeURIComponent(SESSION_ID)}`)).data,
  };
}

export const FLOOR = "hand-written fetch (floor)";
export const OPENAPI_FETCH = "openapi-fetch";
export const CLIENTELE = "Clientele (@clientele/isnotai)";

export function createContenders(): Contender[] {
  return [
    handWritten(),
    plainOpenapiFetch(),
    clientele(),
    clienteleBare(),
    octokit(),
    kyClient(),
    axiosClient(),
  ];
}
