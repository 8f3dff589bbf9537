import type { DocumentLifeService } from './document-life.service';

export { documentLife } from './document-life.module';
export type { DocumentLifeService } from './document-life.service';

declare module '../../shared/module' {
  interface Registry {
    documentLife: DocumentLifeService;
  }
}
