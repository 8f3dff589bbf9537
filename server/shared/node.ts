import { Field, ID, InterfaceType } from 'type-graphql';
import type { Context } from './context';

/** The GraphQL type of a plain object that stands for a node (read models return plain rows). */
export const NODE_TYPE = Symbol('node-type');

/** Marks a plain object as a node of `type`, so the `Node` interface knows what it is. */
export function asNode<T extends object>(type: string, value: T): T {
  Object.defineProperty(value, NODE_TYPE, { value: type, enumerable: false });
  return value;
}

/** The GraphQL type a node value stands for: its mark (`asNode`), else its class's name. */
export function nodeTypeOf(value: object): string {
  return (value as { [NODE_TYPE]?: string })[NODE_TYPE] ?? value.constructor.name;
}

/**
 * An object a client can cache and fetch again by its ID. Entities are recognised by their class
 * (whose name is their GraphQL type's); plain read-model rows carry their type (`asNode`).
 */
@InterfaceType({
  description: 'An object with a stable, opaque global ID: cache it by `id`, fetch it again with `node(id:)`. IDs carry no personal data.',
  resolveType: nodeTypeOf,
})
export abstract class Node {
  @Field(() => ID, { description: 'The global ID: opaque, stable, the same wherever the object appears.' })
  id!: string;
}

/**
 * Fetches nodes of one type by their keys, for the caller only: what the caller may not see is
 * null, exactly as it is absent from their lists. Declared by the module that owns the type
 * (its manifest's `nodes`).
 */
export type NodeLoader = (ctx: Context, keys: readonly string[]) => Promise<(object | null)[]>;
