// A graphql-codegen plugin that emits one named, typed React hook per operation
// (`useMeQuery`, `useRegisterMutation`, `useMeLazyQuery`) on top of the client preset's typed
// documents. typescript-react-apollo cannot be used: it imports from '@apollo/client' and does not
// type-check against Apollo Client 4, whose hooks live in '@apollo/client/react'.
// It runs inside the client preset, so its output lands in graphql.ts next to the documents.
'use strict';

const { Kind } = require('graphql');

const pascal = (name) => name.charAt(0).toUpperCase() + name.slice(1);

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
function plugin(_schema, documents) {
  const used = new Set();
  const hooks = [];
  for (const file of documents) {
    for (const def of file.document?.definitions ?? []) {
      if (def.kind !== Kind.OPERATION_DEFINITION || !def.name) continue;
      const name = pascal(def.name.value);
      const required = (def.variableDefinitions ?? []).some((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue);
      if (def.operation === 'query') {
        const data = `${name}Query`;
        const vars = `${name}QueryVariables`;
        // Required variables make the options argument required, as Apollo's own typing does.
        const opt = required ? 'options' : 'options?';
        hooks.push(
          `/** \`${def.name.value}\` as a typed \`useQuery\`. */`,
          `export function use${name}Query(${opt}: useQuery.Options<${data}, ${vars}>) {`,
          `  return useQuery(${name}Document, ${required ? 'options' : 'options ?? {}'});`,
          `}`,
          `/** \`${def.name.value}\` as a typed \`useLazyQuery\` (runs when called). */`,
          `export function use${name}LazyQuery(options?: useLazyQuery.Options<${data}, ${vars}>) {`,
          `  return useLazyQuery(${name}Document, options);`,
          `}`,
        );
        used.add('useQuery').add('useLazyQuery');
      } else if (def.operation === 'mutation') {
        hooks.push(
          `/** \`${def.name.value}\` as a typed \`useMutation\`. */`,
          `export function use${name}Mutation(options?: useMutation.Options<${name}Mutation, ${name}MutationVariables>) {`,
          `  return useMutation(${name}Document, options);`,
          `}`,
        );
        used.add('useMutation');
      }
    }
  }
  if (!hooks.length) return '';
  return {
    prepend: [`import { ${[...used].sort().join(', ')} } from '@apollo/client/react';`],
    content: '\n' + hooks.join('\n') + '\n',
  };
}

module.exports = { plugin };
