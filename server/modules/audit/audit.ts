import { EntityManager } from '@mikro-orm/core';
import { AuditEvent, AuditEventType } from './audit-event.entity';

export interface AuditInput {
  type: AuditEventType;
  accountId?: string | null;
  clientAddress?: string | null;
  detail?: Record<string, string | number | boolean>;
  at: Date;
}

/** Queues an audit event in the action's unit of work: it commits (or not) with the action. */
export function audit(em: EntityManager, event: AuditInput): void {
  em.create(AuditEvent, {
    type: event.type,
    accountId: event.accountId ?? null,
    clientAddress: event.clientAddress ?? null,
    detail: event.detail ?? null,
    createdAt: event.at,
  });
}
