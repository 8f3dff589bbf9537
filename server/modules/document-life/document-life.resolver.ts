import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access, Actor } from '../../shared/access';
import type { Context } from '../../shared/context';
import type { Deps } from '../../shared/module';
import { DocumentLifeErrors } from './document-life.errors';
import { ReportDocumentLostInput, ReportDocumentLostPayload } from './document-life.types';

@Resolver()
export class DocumentLifeResolver {
  constructor(private readonly deps: Deps<'ids' | 'documentLife'>) {}

  @Access('signedIn')
  @Mutation(() => ReportDocumentLostPayload, {
    description:
      'Reports a national ID, iqama, passport or driving licence (yours, or of someone you act for) lost or stolen. It turns LOST at once: it no longer proves anything (a digital ID standing on it verifies with documentValid false) and a replacement can be requested.',
  })
  reportDocumentLost(
    @Actor() actor: Actor,
    @Arg('input', () => ReportDocumentLostInput, { description: 'Which document, and how it went missing.' }) input: ReportDocumentLostInput,
    @Ctx() ctx: Context,
  ): Promise<ReportDocumentLostPayload> {
    const decoded = this.deps.ids.decode(input.documentId);
    const documentId = decoded?.type === 'PersonDocument' ? decoded.key : '00000000-0000-0000-0000-000000000000';
    return DocumentLifeErrors.attempt(ctx.lang, async () => ({ document: await this.deps.documentLife.reportLost(ctx.work, actor, documentId, input.circumstance) }));
  }
}
