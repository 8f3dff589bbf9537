export { node } from './node.module';
