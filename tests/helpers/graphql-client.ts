import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  /** The answer's `extensions` (its cost, server/http/query-cost.ts). */
  extensions?: Record<string, unknown>;
  headers: Headers;
}

/**
 * Speaks GraphQL over HTTP with the generated typed documents, like a front end would. Keeps the
 * session's access token and the refresh cookie, and remembers any 5xx answer so the suite can
 * fail on it.
 */
export class GraphQLClient {
  token: string | null = null;
  cookie: string | null = null;
  language = 'ar';
  readonly serverErrors: string[] = [];

  constructor(readonly endpoint: string) {}

  async request<T, V>(document: TypedDocumentNode<T, V>, variables?: V, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    return this.raw<T>({ query: print(document), variables }, headers);
  }

  async raw<T = Record<string, unknown>>(body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': this.language,
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('absher_rt='));
    if (setCookie) {
      const value = setCookie.split(';')[0];
      this.cookie = value === 'absher_rt=' ? null : value;
    }
    const text = await res.text();
    if (res.status >= 500) this.serverErrors.push(`${res.status} ${text.slice(0, 200)}`);
    let json: { data?: T; errors?: GraphQLResponse<T>['errors']; extensions?: Record<string, unknown> };
    try {
      json = JSON.parse(text);
    } catch {
      json = { errors: [{ message: text }] };
    }
    return { status: res.status, data: json.data, errors: json.errors, extensions: json.extensions, headers: res.headers };
  }

  /** Data of a successful response; throws with the errors otherwise. */
  async ok<T, V>(document: TypedDocumentNode<T, V>, variables?: V, headers?: Record<string, string>): Promise<T> {
    const res = await this.request(document, variables, headers);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
}
