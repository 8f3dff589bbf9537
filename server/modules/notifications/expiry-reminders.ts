import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { riyadhDate } from '../../shared/clock';
import { addDays, daysBetween } from '../../shared/dates';
import type { Localized } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import { Account } from '../identity';
import { DocumentType, Person, PersonDocument } from '../registry';
import { DocumentReminder } from './document-reminder.entity';
import { NotificationKind } from './notification-kind';
import type { Notifier } from './notifier';
import { dueThreshold, REMINDER_THRESHOLDS } from './reminder-thresholds';

export const DOCUMENT_NAMES: Record<DocumentType, Localized> = {
  NATIONAL_ID: { ar: 'الهوية الوطنية', en: 'national ID' },
  IQAMA: { ar: 'الإقامة', en: 'iqama' },
  PASSPORT: { ar: 'جواز السفر', en: 'passport' },
  DRIVING_LICENCE: { ar: 'رخصة القيادة', en: 'driving licence' },
  EXIT_REENTRY_VISA: { ar: 'تأشيرة الخروج والعودة', en: 'exit re-entry visa' },
  FINAL_EXIT_VISA: { ar: 'تأشيرة الخروج النهائي', en: 'final exit visa' },
};

export const reminderTexts = {
  TITLE: { ar: 'تذكير بانتهاء وثيقة', en: 'Document expiring soon' },
  OWN: {
    ar: 'ينتهي سريان {document} في {date} (بعد {days} يوم). جدّدها عبر أبشر قبل ذلك.',
    en: 'Your {document} expires in {days} days, on {date}. Renew it on Absher before then.',
  },
  DEPENDENT: {
    ar: 'ينتهي سريان {document} لـ{holder} في {date} (بعد {days} يوم). جدّدها عبر أبشر قبل ذلك.',
    en: 'The {document} of {holder} expires in {days} days, on {date}. Renew it on Absher before then.',
  },
} satisfies Record<string, Localized>;

const BATCH = 200;

/**
 * Reminds holders 30 and 7 days before a document expires (SPEC §5), in-app and by SMS in the
 * account's language. A dependent without an account is reminded through the head of family.
 * Each reminder is claimed by inserting its unique row in the same transaction as the
 * notification, so running twice, restarting, or running on two instances at once sends it once.
 */
export class ExpiryReminders {
  private running: Promise<number> | null = null;

  constructor(private readonly deps: Deps<'work' | 'clock' | 'log' | 'ids'> & { notifier: Notifier }) {}

  /** One pass over the documents now due a reminder; returns how many reminders it sent. */
  runOnce(): Promise<number> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<number> {
    const now = this.deps.clock.now();
    const today = riyadhDate(now);
    const horizon = addDays(today, Math.max(...REMINDER_THRESHOLDS));
    let sent = 0;
    let after: string | null = null;
    for (;;) {
      const em = this.deps.work.begin().em;
      // Keyset pages by id: a pass over a large registry never holds more than one batch.
      const documents: PersonDocument[] = await em.find(
        PersonDocument,
        { expiresOn: { $gte: today, $lte: horizon }, ...(after ? { id: { $gt: after } } : {}) },
        { orderBy: { id: 'asc' }, limit: BATCH },
      );
      if (!documents.length) break;
      after = documents[documents.length - 1].id;
      const done = await em.find(DocumentReminder, { documentId: { $in: documents.map((d) => d.id) } });
      const key = (id: string, expiresOn: string, t: number) => `${id}|${expiresOn}|${t}`;
      const sentKeys = new Set(done.map((r) => key(r.documentId, r.expiresOn, r.thresholdDays)));
      for (const document of documents) {
        const daysLeft = daysBetween(today, document.expiresOn);
        const threshold = dueThreshold(daysLeft);
        if (threshold === null || sentKeys.has(key(document.id, document.expiresOn, threshold))) continue;
        if (await this.remind(document, threshold, daysLeft, now)) sent++;
      }
      if (documents.length < BATCH) break;
    }
    if (sent) this.deps.log.info({ sent }, 'expiry reminders sent');
    return sent;
  }

  private remind(document: PersonDocument, threshold: number, daysLeft: number, now: Date): Promise<boolean> {
    return this.deps.work.begin().transaction(async (tx) => {
      const claimed = await (tx.em as SqlEntityManager)
        .createQueryBuilder(DocumentReminder)
        .insert({ documentId: document.id, expiresOn: document.expiresOn, thresholdDays: threshold, sentAt: now })
        .onConflict(['documentId', 'expiresOn', 'thresholdDays'])
        .ignore()
        .execute('run');
      // Another pass (another instance, a run before a restart) got there first.
      if (claimed.affectedRows !== 1) return false;
      const holder = await tx.em.findOne(Person, { nationalId: document.nationalId });
      let account = await tx.em.findOne(Account, { person: document.nationalId });
      const viaHead = !account && holder?.headOfFamilyId ? await tx.em.findOne(Account, { person: holder.headOfFamilyId }) : null;
      account ??= viaHead;
      // Nobody to tell (no account for the holder or their head of family): the claim stays, so
      // the job does not look at this document again for this threshold.
      if (!account) return false;
      await this.deps.notifier.notify(tx, account, {
        kind: NotificationKind.DOCUMENT_EXPIRING,
        title: reminderTexts.TITLE,
        body: viaHead ? reminderTexts.DEPENDENT : reminderTexts.OWN,
        params: { days: daysLeft, date: document.expiresOn },
        localizedParams: {
          document: DOCUMENT_NAMES[document.type],
          ...(viaHead && holder ? { holder: { ar: holder.firstNameAr, en: holder.firstNameEn } } : {}),
        },
        link: '/documents',
        reference: this.deps.ids.plain('PersonDocument', document.id),
        at: now,
      });
      return true;
    });
  }
}

/** How often the job runs when started by `createApp`. */
export const EXPIRY_REMINDER_INTERVAL_MS = 60 * 60 * 1000;
