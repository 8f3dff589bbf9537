import { Migration } from '@mikro-orm/migrations';

export class Migration20261204185200_requests_page_in_index_order extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop index `service_requests_applicant_account_id_submitted_at_index`;');
    this.addSql('create index `service_requests_applicant_account_id_submitted_at_id_index` on `service_requests` (`applicant_account_id`, `submitted_at`, `id`);');
  }
}
