import { defineModule } from '../../shared/module';
import { serviceDefinition } from './catalogue';
import { categoriesIn, CatalogueResolver, CategoryResolver } from './catalogue.resolver';
import { toEService } from './catalogue.types';
import { CatalogueShelves } from './shelves';

/** The e-services on offer, by category, public: what each is, for whom, and what it costs in words. */
export const catalogue = defineModule({
  name: 'catalogue',
  needs: ['ids'],
  provide: () => ({ catalogueShelves: new CatalogueShelves() }),
  resolvers: [CatalogueResolver, CategoryResolver],
  nodes: ({ catalogueShelves }) => ({
    EService: async (ctx, codes) =>
      codes.map((code) => {
        const definition = serviceDefinition(code);
        return definition ? toEService(definition, ctx.lang) : null;
      }),
    ServiceCategory: async (ctx, codes) => codes.map((code) => categoriesIn(catalogueShelves, ctx.lang).find((c) => c.code === code) ?? null),
  }),
});
