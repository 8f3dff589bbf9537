import { EntityManager } from '@mikro-orm/core';
import { Language, Localized, Params, localize } from '../../shared/i18n';
import { Account } from '../identity/account.entity';
import { NotificationKind } from './notification-kind';
import { Notification } from './notification.entity';
import type { Deliveries } from './notifier';

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
  /** The business reference it is about (request reference, bill number, appointment id, …). */
  reference?: string | null;
  /** Also send it by SMS (default: yes). */
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
 * Records an in-app notification for `account` inside the caller's transaction and queues the
 * same news by SMS in the account's language on `out.sms`, so both exist only if the action
 * commits (the SMS leaves after the commit).
 */
export function notify(tx: EntityManager, out: Deliveries, account: Account, content: NotificationContent): Notification {
  const ar = render(content, Language.AR);
  const en = render(content, Language.EN);
  const notification = tx.create(Notification, {
    account: tx.getReference(Account, account.id),
    kind: content.kind,
    titleAr: ar.title,
    titleEn: en.title,
    bodyAr: ar.body,
    bodyEn: en.body,
    link: content.link ?? null,
    reference: content.reference ?? null,
    createdAt: content.at,
  });
  if (content.sms ?? true) {
    const lang = account.preferredLanguage;
    const text = lang === Language.EN ? en : ar;
    out.sms.push({ to: account.mobile, text: `${text.title}\n${text.body}`, language: lang });
  }
  return notification;
}

/**
 * The same for a person known by national ID (a dependent, a document holder): notifies their
 * account if they have one, and returns null if they have not registered (nobody to tell).
 */
export async function notifyPerson(tx: EntityManager, out: Deliveries, nationalId: string, content: NotificationContent): Promise<Notification | null> {
  const account = await tx.findOne(Account, { person: nationalId });
  return account ? notify(tx, out, account, content) : null;
}
