import { defineModule } from '../../shared/module';
import { NodeResolver } from './node.resolver';

/**
 * `node(id:)` and `nodes(ids:)`: any cached object fetched again by its global ID. Listed last: the
 * loaders are the other modules' (their manifests' `nodes`), each answering only what the caller
 * may see.
 */
export const node = defineModule({ name: 'node', needs: ['ids', 'nodeLoaders'], resolvers: [NodeResolver] });
