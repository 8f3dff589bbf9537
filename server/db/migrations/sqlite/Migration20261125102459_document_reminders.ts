import { Migration } from '@mikro-orm/migrations';

export class Migration20261125102459_document_reminders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`document_reminders\` (\`id\` integer not null primary key autoincrement, \`document_id\` text not null, \`expires_on\` date not null, \`threshold_days\` integer not null, \`sent_at\` datetime not null);`);
    this.addSql(`create unique index \`document_reminders_document_id_expires_on_threshold_days_unique\` on \`document_reminders\` (\`document_id\`, \`expires_on\`, \`threshold_days\`);`);
    // The generator also re-created unchanged tables here (SQLite diff noise); removed, as dropping
    // tables that others reference would cascade into their rows.
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`document_reminders\`;`);
  }

}
