import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101546_account_care extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`audit_events__temp_alter\` (\`id\` integer not null primary key autoincrement, \`type\` text check (\`type\` in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_VOIDED', 'SESSION_REFRESHED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID', 'PASSWORD_RESET_REQUESTED', 'REAUTHENTICATED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED', 'MOBILE_CHANGED')) not null, \`account_id\` text null, \`client_address\` text null, \`detail\` json null, \`created_at\` datetime not null);`);
    this.addSql(`insert into \`audit_events__temp_alter\` select \`id\`, \`type\`, \`account_id\`, \`client_address\`, \`detail\`, \`created_at\` from \`audit_events\`;`);
    this.addSql(`drop table \`audit_events\`;`);
    this.addSql(`alter table \`audit_events__temp_alter\` rename to \`audit_events\`;`);
    this.addSql(`create index \`audit_events_account_id_created_at_index\` on \`audit_events\` (\`account_id\`, \`created_at\`);`);
    this.addSql(`pragma foreign_keys = on;pragma foreign_keys = off;`);
    this.addSql(`create table \`code_challenges__temp_alter\` (\`id\` text not null, \`purpose\` text check (\`purpose\` in ('REGISTRATION', 'LOGIN', 'PASSWORD_RESET', 'REAUTHENTICATION', 'MOBILE_CHANGE')) not null, \`mobile\` text not null, \`account_id\` text null, \`code_hash\` text not null, \`code_expires_at\` datetime not null, \`attempts\` integer not null default 0, \`sends\` integer not null default 1, \`last_sent_at\` datetime not null, \`expires_at\` datetime not null, \`consumed_at\` datetime null, \`decoy\` integer not null default false, \`language\` text check (\`language\` in ('AR', 'EN')) not null, \`pending\` json null, \`client_address\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`insert into \`code_challenges__temp_alter\` select \`id\`, \`purpose\`, \`mobile\`, \`account_id\`, \`code_hash\`, \`code_expires_at\`, \`attempts\`, \`sends\`, \`last_sent_at\`, \`expires_at\`, \`consumed_at\`, \`decoy\`, \`language\`, \`pending\`, \`client_address\`, \`created_at\` from \`code_challenges\`;`);
    this.addSql(`drop table \`code_challenges\`;`);
    this.addSql(`alter table \`code_challenges__temp_alter\` rename to \`code_challenges\`;`);
    this.addSql(`create index \`code_challenges_mobile_index\` on \`code_challenges\` (\`mobile\`);`);
    this.addSql(`pragma foreign_keys = on;`);
    // One statement per string: SQLite runs only the first statement of each.
    this.addSql(`alter table \`sessions\` add column \`reauthenticated_at\` datetime null;`);

  }

}
