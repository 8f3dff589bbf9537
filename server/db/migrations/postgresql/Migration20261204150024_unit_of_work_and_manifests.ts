import { Migration } from '@mikro-orm/migrations';

export class Migration20261204150024_unit_of_work_and_manifests extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "accounts" drop column "failed_logins";');
    this.addSql('alter table "accounts" rename column "failed_login_window_start" to "password_failures_since";');
    this.addSql('alter table "service_requests" drop column "bill_number";');
    this.addSql('alter table "service_requests" add column "pay_by" timestamptz null;');
    // Requests awaiting payment keep their bill's due time as their own.
    this.addSql('update "service_requests" set "pay_by" = (select "due_at" from "bills" where "bills"."request_id" = "service_requests"."id") where "status" = \'PENDING_PAYMENT\';');
  }
}
