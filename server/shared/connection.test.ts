import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { arrayConnection, jsonCursor, pageRequest, toConnection } from './connection';
import { Language } from './i18n';

const slots = ['08:00', '08:30', '09:00', '09:30', '10:00'];
const page = (args: Parameters<typeof arrayConnection>[1], items = slots) => arrayConnection(items, args, (s) => s, Language.EN);
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as GraphQLError).extensions;
  }
  throw new Error('not refused');
};

describe('arrayConnection', () => {
  it('pages forward and back with its own cursors, to the ends', () => {
    const first = page({ first: 2 });
    expect(first.nodes).toEqual(['08:00', '08:30']);
    const second = page({ first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes).toEqual(['09:00', '09:30']);
    expect(page({ first: 2, after: second.pageInfo.endCursor })).toMatchObject({ nodes: ['10:00'], pageInfo: { hasNextPage: false } });
    expect(page({ last: 2, before: second.pageInfo.startCursor }).nodes).toEqual(['08:00', '08:30']);
  });

  it('refuses a cursor whose item has left the list, naming the argument, instead of an empty last page', () => {
    const { endCursor } = page({ first: 1 }).pageInfo;
    const later = slots.slice(1); // 08:00 has passed
    expect(refusal(() => page({ first: 2, after: endCursor }, later))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CURSOR_INVALID', argument: 'after' });
    expect(refusal(() => page({ last: 2, before: endCursor }, later))).toMatchObject({ reason: 'CURSOR_INVALID', argument: 'before' });
  });
});

describe('toConnection', () => {
  const codec = jsonCursor<[string]>(['string']);
  const rows = ['a', 'b', 'c'];
  const connect = (encoded: string[]) => {
    const request = pageRequest({ first: 2 }, codec, Language.EN);
    return toConnection(rows, request, (row) => [row] as [string], {
      encode: (position) => (encoded.push(position[0]), codec.encode(position)),
      decode: codec.decode,
    });
  };

  it('encodes no cursor for a query that reads only the nodes, and only the cursors it is asked for', () => {
    const encoded: string[] = [];
    const page = connect(encoded);
    expect(page.nodes).toEqual(['a', 'b']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(encoded).toEqual([]);
    expect(page.pageInfo.endCursor).toBe(codec.encode(['b']));
    expect(encoded).toEqual(['b']);
    expect(page.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
    expect(page.edges[1].cursor).toBe(page.pageInfo.endCursor);
    expect(encoded).toEqual(['b']);
  });

  it('keeps its edges and cursors when a resolver adds a field to it', () => {
    const spread = Object.assign(connect([]), { unreadCount: 4 });
    expect(spread.edges.map((edge) => [edge.node, edge.cursor])).toEqual([
      ['a', codec.encode(['a'])],
      ['b', codec.encode(['b'])],
    ]);
    expect(spread.pageInfo.startCursor).toBe(codec.encode(['a']));
  });
});
