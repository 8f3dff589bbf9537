import { defineModule } from '../../shared/module';
import { DocumentLifeResolver } from './document-life.resolver';
import { DocumentLifeService } from './document-life.service';

/**
 * A document's life after it is issued: reported lost or stolen (LOST at once). Cancelling a visa
 * before use is the requests module's (it refunds the request that paid for it).
 */
export const documentLife = defineModule({
  name: 'document-life',
  needs: ['clock', 'holdings', 'notifier', 'ids'],
  provide: (deps) => ({ documentLife: new DocumentLifeService(deps) }),
  resolvers: [DocumentLifeResolver],
});
