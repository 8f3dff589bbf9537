export { auditTrail } from './audit.module';
export { audit } from './audit';
export type { AuditInput } from './audit';
export { AuditEvent, AuditEventType } from './audit-event.entity';
