import { Migration } from '@mikro-orm/migrations';

export class Migration20261204204644_refused_requests extends Migration {
  override async up(): Promise<void> {
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      "create table `service_requests__temp_alter` (`id` text not null, `reference` text not null, `service_code` text not null, `applicant_account_id` text not null, `applicant_id` text not null, `beneficiary_id` text not null, `status` text check (`status` in ('SUBMITTED', 'PENDING_PAYMENT', 'COMPLETED', 'REJECTED', 'CANCELLED', 'REFUSED')) not null, `input` json not null, `history` json not null, `result` json null, `pay_by` datetime null, `active_key` text null, `submitted_at` datetime not null, primary key (`id`));",
    );
    this.addSql(
      'insert into `service_requests__temp_alter` select `id`, `reference`, `service_code`, `applicant_account_id`, `applicant_id`, `beneficiary_id`, `status`, `input`, `history`, `result`, `pay_by`, `active_key`, `submitted_at` from `service_requests`;',
    );
    this.addSql('drop table `service_requests`;');
    this.addSql('alter table `service_requests__temp_alter` rename to `service_requests`;');
    this.addSql('create unique index `service_requests_reference_unique` on `service_requests` (`reference`);');
    this.addSql('create index `service_requests_beneficiary_id_index` on `service_requests` (`beneficiary_id`);');
    this.addSql('create unique index `service_requests_active_key_unique` on `service_requests` (`active_key`);');
    this.addSql('create index `service_requests_applicant_account_id_submitted_at_id_index` on `service_requests` (`applicant_account_id`, `submitted_at`, `id`);');
    this.addSql('pragma foreign_keys = on;');
  }
}
