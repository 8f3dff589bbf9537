import { Migration } from '@mikro-orm/migrations';

export class Migration20261204204645_refused_requests extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "service_requests" drop constraint if exists "service_requests_status_check";');
    this.addSql(
      "alter table \"service_requests\" add constraint \"service_requests_status_check\" check(\"status\" in ('SUBMITTED', 'PENDING_PAYMENT', 'COMPLETED', 'REJECTED', 'CANCELLED', 'REFUSED'));",
    );
  }
}
