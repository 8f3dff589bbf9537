import { defineModule } from '../../shared/module';
import { AuditEvent } from './audit-event.entity';

/** The security audit trail: every module records its events with `audit(tx.em, …)`. */
export const auditTrail = defineModule({ name: 'audit', entities: [AuditEvent] });
