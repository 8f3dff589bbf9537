import { Language, Localized, Params, localize } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import type { Transaction } from '../../shared/unit-of-work';
import { Account } from '../identity';
import { NotificationKind } from './notification-kind';
import { Notification } from './notification.entity';
import { NotificationPreference } from './notification-preference.entity';
import { channelsByTopic, deliveryFor } from './notification-preferences';

export interface NotificationContent {
  kind: NotificationKind;
  title: Localized;
  body: Localized;
  /** Fills `{name}` placeholders in title and body (both languages). */
  params?: Params;
  /** Values that differ by language (a service's name, a formatted date); they win over `params`. */
  localizedParams?: Record<string, Localized>;
  /** Portal path the notification leads to, e.g. `/requests/R-2026-000001`. */
  link?: string | null;
  /** The business reference it is about (a request reference, a bill number, or the global ID of an appointment or a document). */
  reference?: string | null;
  /** Send it by SMS when the person's preferences allow (default: yes); false: never by SMS. */
  sms?: boolean;
  /** When it happened: `services.clock.now()` of the action. */
  at: Date;
}

function render(content: NotificationContent, lang: Language): { title: string; body: string } {
  const params: Params = { ...content.params };
  for (const [key, value] of Object.entries(content.localizedParams ?? {})) params[key] = localize(value, lang);
  return { title: localize(content.title, lang, params), body: localize(content.body, lang, params) };
}

/**
 * Tells people what happened: an in-app notification and the same news by SMS and by e-mail, in
 * their language, as their preferences for its topic say (SMS and no e-mail until they choose).
 * All of it exists only if the action commits (SMS and e-mail leave after the commit). Codes and
 * security warnings do not come through here: identity sends them by SMS, whatever is chosen.
 */
export class Notifier {
  constructor(private readonly deps: Deps<'messenger' | 'config'>) {}

  async notify(tx: Transaction, account: Account, content: NotificationContent): Promise<Notification> {
    const ar = render(content, Language.AR);
    const en = render(content, Language.EN);
    const notification = tx.em.create(Notification, {
      account: tx.em.getReference(Account, account.id),
      kind: content.kind,
      titleAr: ar.title,
      titleEn: en.title,
      bodyAr: ar.body,
      bodyEn: en.body,
      link: content.link ?? null,
      reference: content.reference ?? null,
      createdAt: content.at,
    });
    const chosen = channelsByTopic(await tx.em.find(NotificationPreference, { account: account.id }));
    const delivery = deliveryFor(content.kind, chosen, content, account.emailVerified);
    const lang = account.preferredLanguage;
    const text = lang === Language.EN ? en : ar;
    if (delivery.sms) this.deps.messenger.sms(tx, { to: account.mobile, text: `${text.title}\n${text.body}`, language: lang });
    if (delivery.email) {
      const link = content.link ? `\n\n${this.deps.config.publicUrl}${content.link}` : '';
      this.deps.messenger.email(tx, { to: account.email, subject: text.title, text: `${text.body}${link}`, language: lang });
    }
    return notification;
  }

  /**
   * The same for a person known by national ID (a dependent, a document holder): notifies their
   * account if they have one, and returns null if they have not registered (nobody to tell).
   */
  async notifyPerson(tx: Transaction, nationalId: string, content: NotificationContent): Promise<Notification | null> {
    const account = await tx.em.findOne(Account, { person: nationalId });
    return account ? this.notify(tx, account, content) : null;
  }
}
