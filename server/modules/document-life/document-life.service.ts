import { riyadhDate } from '../../shared/clock';
import type { Actor } from '../../shared/context';
import type { Deps } from '../../shared/module';
import { maskNationalId } from '../../shared/normalize';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { AuditEventType, audit } from '../audit';
import { Account } from '../identity';
import { NotificationKind } from '../notifications';
import { DocumentStatus, IMPORTABLE_DOCUMENT_TYPES, Person, PersonDocument } from '../registry';
import { DocumentLifeErrors } from './document-life.errors';
import { documentLifeTexts } from './document-life.texts';
import type { LossCircumstance } from './document-life.types';

const refuse = (code: keyof typeof DocumentLifeErrors.messages): never => DocumentLifeErrors.refuse('documentId', code);

/** The documents a person reports lost: the ones the registry issues (visas are cancelled instead). */
const REPORTABLE: readonly string[] = IMPORTABLE_DOCUMENT_TYPES;

/**
 * A document's life after issue. A loss report turns the document LOST at once, in one conditional
 * update (from VALID only), so two reports at the same moment record one loss; from then on it
 * proves nothing (the digital ID's verification and the rules read the status).
 */
export class DocumentLifeService {
  constructor(private readonly deps: Deps<'clock' | 'holdings' | 'notifier'>) {}

  async reportLost(work: UnitOfWork, actor: Actor, documentId: string, circumstance: LossCircumstance): Promise<PersonDocument> {
    const now = this.deps.clock.now();
    return work.transaction(async (tx) => {
      // Theirs or a dependant's, as their documents list shows them; anyone else's is not found.
      const [document] = await this.deps.holdings.visibleDocuments(tx.em, actor.nationalId, [documentId]);
      if (!document) return refuse('DOCUMENT_NOT_FOUND');
      if (!REPORTABLE.includes(document.type)) refuse('DOCUMENT_NOT_REPORTABLE');
      if (!(await tx.em.nativeUpdate(PersonDocument, { id: document.id, status: DocumentStatus.VALID }, { status: DocumentStatus.LOST }))) refuse('DOCUMENT_ALREADY_ENDED');
      const reported = await tx.em.findOneOrFail(PersonDocument, document.id, { refresh: true });
      const holder = await tx.em.findOneOrFail(Person, document.nationalId);
      const account = await tx.em.findOneOrFail(Account, actor.accountId);
      await this.deps.notifier.notify(tx, account, {
        kind: NotificationKind.DOCUMENT_STATUS,
        title: documentLifeTexts.reportedLost.title,
        body: documentLifeTexts.reportedLost.body,
        params: { number: document.number },
        localizedParams: {
          circumstance: documentLifeTexts.circumstance[circumstance],
          document: documentLifeTexts.documentNames[document.type as keyof typeof documentLifeTexts.documentNames],
          holder: { ar: holder.fullNameAr, en: holder.fullNameEn },
        },
        link: '/documents',
        reference: document.number,
        at: now,
      });
      audit(tx.em, {
        type: AuditEventType.DOCUMENT_REPORTED_LOST,
        accountId: actor.accountId,
        at: now,
        detail: { document: document.type, holder: maskNationalId(document.nationalId), circumstance, on: riyadhDate(now) },
      });
      return reported;
    });
  }
}
