import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101135_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notifications\` (\`id\` integer not null primary key autoincrement, \`account_id\` text not null, \`kind\` text check (\`kind\` in ('REQUEST_SUBMITTED', 'REQUEST_COMPLETED', 'REQUEST_REJECTED', 'REQUEST_CANCELLED', 'BILL_ISSUED', 'BILL_PAID', 'APPOINTMENT_BOOKED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'DOCUMENT_EXPIRING', 'VIOLATION')) not null, \`title_ar\` text not null, \`title_en\` text not null, \`body_ar\` text not null, \`body_en\` text not null, \`link\` text null, \`reference\` text null, \`created_at\` datetime not null, \`read_at\` datetime null, constraint \`notifications_account_id_foreign\` foreign key(\`account_id\`) references \`accounts\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`notifications_account_id_index\` on \`notifications\` (\`account_id\`);`);
    this.addSql(`create index \`notifications_account_id_id_index\` on \`notifications\` (\`account_id\`, \`id\`);`);
    // The generator also re-created audit_events, code_challenges and sessions here (SQLite diff
    // noise: their columns are unchanged). Removed, because dropping \`sessions\` would cascade
    // into refresh_tokens and sign everybody out.
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`notifications\`;`);
  }

}
