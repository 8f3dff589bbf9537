import { Migration } from '@mikro-orm/migrations';

export class Migration20261125100645_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_events\` (\`id\` integer not null primary key autoincrement, \`type\` text check (\`type\` in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_VOIDED', 'SESSION_REFRESHED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID')) not null, \`account_id\` text null, \`client_address\` text null, \`detail\` json null, \`created_at\` datetime not null);`);
    this.addSql(`create index \`audit_events_account_id_created_at_index\` on \`audit_events\` (\`account_id\`, \`created_at\`);`);

    this.addSql(`create table \`captchas\` (\`id\` text not null, \`code_hash\` text not null, \`expires_at\` datetime not null, \`used_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`captchas_expires_at_index\` on \`captchas\` (\`expires_at\`);`);

    this.addSql(`create table \`code_challenges\` (\`id\` text not null, \`purpose\` text check (\`purpose\` in ('REGISTRATION', 'LOGIN', 'PASSWORD_RESET')) not null, \`mobile\` text not null, \`account_id\` text null, \`code_hash\` text not null, \`code_expires_at\` datetime not null, \`attempts\` integer not null default 0, \`sends\` integer not null default 1, \`last_sent_at\` datetime not null, \`expires_at\` datetime not null, \`consumed_at\` datetime null, \`decoy\` integer not null default false, \`language\` text check (\`language\` in ('AR', 'EN')) not null, \`pending\` json null, \`client_address\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`code_challenges_mobile_index\` on \`code_challenges\` (\`mobile\`);`);

    this.addSql(`create table \`outbox_messages\` (\`id\` integer not null primary key autoincrement, \`channel\` text check (\`channel\` in ('SMS', 'EMAIL')) not null, \`recipient\` text not null, \`subject\` text null, \`body\` text not null, \`locale\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create index \`outbox_messages_recipient_id_index\` on \`outbox_messages\` (\`recipient\`, \`id\`);`);

    this.addSql(`create table \`persons\` (\`national_id\` text not null, \`kind\` text check (\`kind\` in ('CITIZEN', 'RESIDENT')) not null, \`first_name_ar\` text not null, \`father_name_ar\` text not null, \`grandfather_name_ar\` text not null, \`family_name_ar\` text not null, \`first_name_en\` text not null, \`father_name_en\` text not null, \`grandfather_name_en\` text not null, \`family_name_en\` text not null, \`date_of_birth\` date not null, \`gender\` text check (\`gender\` in ('MALE', 'FEMALE')) not null, \`nationality\` text not null, \`deceased\` integer not null default false, \`mobiles\` json not null, \`city\` text null, \`district\` text null, \`postal_code\` text null, \`head_of_family_id\` text null, \`inside_kingdom\` integer not null default true, \`travel_ban\` integer not null default false, \`services_suspended\` integer not null default false, \`photo_taken_on\` date null, \`medical_check_valid_until\` date null, primary key (\`national_id\`));`);
    this.addSql(`create index \`persons_head_of_family_id_index\` on \`persons\` (\`head_of_family_id\`);`);

    this.addSql(`create table \`accounts\` (\`id\` text not null, \`national_id\` text not null, \`username\` text not null, \`username_key\` text not null, \`email\` text not null, \`email_verified\` integer not null default false, \`mobile\` text not null, \`password_hash\` text not null, \`preferred_language\` text check (\`preferred_language\` in ('AR', 'EN')) not null default 'AR', \`terms_version\` text not null, \`terms_accepted_at\` datetime not null, \`created_at\` datetime not null, \`password_changed_at\` datetime null, \`failed_logins\` integer not null default 0, \`failed_login_window_start\` datetime null, \`locked_until\` datetime null, \`lockouts\` integer not null default 0, constraint \`accounts_national_id_foreign\` foreign key(\`national_id\`) references \`persons\`(\`national_id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`accounts_national_id_unique\` on \`accounts\` (\`national_id\`);`);
    this.addSql(`create unique index \`accounts_username_key_unique\` on \`accounts\` (\`username_key\`);`);

    this.addSql(`create table \`sessions\` (\`id\` text not null, \`account_id\` text not null, \`created_at\` datetime not null, \`last_used_at\` datetime not null, \`absolute_expires_at\` datetime not null, \`ended_at\` datetime null, \`end_reason\` text check (\`end_reason\` in ('LOGOUT', 'REVOKED', 'REFRESH_REUSE', 'PASSWORD_CHANGED')) null, \`user_agent\` text null, \`client_address\` text null, constraint \`sessions_account_id_foreign\` foreign key(\`account_id\`) references \`accounts\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`sessions_account_id_index\` on \`sessions\` (\`account_id\`);`);

    this.addSql(`create table \`refresh_tokens\` (\`token_hash\` text not null, \`session_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`refresh_tokens_session_id_foreign\` foreign key(\`session_id\`) references \`sessions\`(\`id\`) on delete cascade on update cascade, primary key (\`token_hash\`));`);
    this.addSql(`create index \`refresh_tokens_session_id_index\` on \`refresh_tokens\` (\`session_id\`);`);
  }

}
