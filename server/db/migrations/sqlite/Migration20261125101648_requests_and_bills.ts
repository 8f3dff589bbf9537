import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101648_requests_and_bills extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`bills\` (\`number\` text not null, \`request_id\` text not null, \`account_id\` text not null, \`amount_halalas\` integer not null, \`items\` json not null, \`status\` text check (\`status\` in ('UNPAID', 'PAID', 'EXPIRED')) not null, \`issued_at\` datetime not null, \`due_at\` datetime not null, \`paid_at\` datetime null, \`payment_channel\` text null, \`payment_reference\` text null, primary key (\`number\`));`);
    this.addSql(`create unique index \`bills_request_id_unique\` on \`bills\` (\`request_id\`);`);
    this.addSql(`create index \`bills_account_id_index\` on \`bills\` (\`account_id\`);`);
    this.addSql(`create unique index \`bills_payment_reference_unique\` on \`bills\` (\`payment_reference\`);`);

    this.addSql(`create table \`service_requests\` (\`id\` text not null, \`reference\` text not null, \`service_code\` text not null, \`applicant_account_id\` text not null, \`applicant_id\` text not null, \`beneficiary_id\` text not null, \`status\` text check (\`status\` in ('SUBMITTED', 'PENDING_PAYMENT', 'COMPLETED', 'REJECTED', 'CANCELLED')) not null, \`input\` json not null, \`history\` json not null, \`result\` json null, \`bill_number\` text null, \`active_key\` text null, \`submitted_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`service_requests_reference_unique\` on \`service_requests\` (\`reference\`);`);
    this.addSql(`create index \`service_requests_beneficiary_id_index\` on \`service_requests\` (\`beneficiary_id\`);`);
    this.addSql(`create unique index \`service_requests_active_key_unique\` on \`service_requests\` (\`active_key\`);`);
    this.addSql(`create index \`service_requests_applicant_account_id_submitted_at_index\` on \`service_requests\` (\`applicant_account_id\`, \`submitted_at\`);`);
  }

}
