import { Migration } from '@mikro-orm/migrations';

export class Migration20261204234711_account_recovery extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `office_recovery_codes` (`id` text not null, `callback_id` text not null, `account_id` text not null, `office_id` text not null, `appointment_id` text null, `officer` text not null, `code_hash` text not null, `attempts` integer not null default 0, `issued_at` datetime not null, `expires_at` datetime not null, `challenge_id` text null, `used_at` datetime null, `voided_at` datetime null, primary key (`id`));',
    );
    this.addSql('create unique index `office_recovery_codes_callback_id_unique` on `office_recovery_codes` (`callback_id`);');
    this.addSql('create index `office_recovery_codes_account_id_issued_at_index` on `office_recovery_codes` (`account_id`, `issued_at`);');
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      "create table `audit_events__temp_alter` (`id` integer not null primary key autoincrement, `type` text check (`type` in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_STEP_LOCKED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID', 'PASSWORD_RESET_REQUESTED', 'REAUTHENTICATED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED', 'MOBILE_CHANGED', 'SSO_LINKED', 'SSO_UNLINKED', 'SSO_LOGIN_FAILED', 'RECOVERY_CODE_ISSUED', 'ACCOUNT_RECOVERED')) not null, `account_id` text null, `client_address` text null, `detail` json null, `created_at` datetime not null);",
    );
    this.addSql('insert into `audit_events__temp_alter` select `id`, `type`, `account_id`, `client_address`, `detail`, `created_at` from `audit_events`;');
    this.addSql('drop table `audit_events`;');
    this.addSql('alter table `audit_events__temp_alter` rename to `audit_events`;');
    this.addSql('create index `audit_events_account_id_created_at_index` on `audit_events` (`account_id`, `created_at`);');
    this.addSql('pragma foreign_keys = on;');
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      "create table `code_challenges__temp_alter` (`id` text not null, `purpose` text check (`purpose` in ('REGISTRATION', 'LOGIN', 'PASSWORD_RESET', 'REAUTHENTICATION', 'MOBILE_CHANGE', 'ACCOUNT_RECOVERY')) not null, `mobile` text not null, `account_id` text null, `code_hash` text not null, `code_expires_at` datetime not null, `attempts` integer not null default 0, `sends` integer not null default 1, `last_sent_at` datetime not null, `expires_at` datetime not null, `consumed_at` datetime null, `decoy` integer not null default false, `language` text check (`language` in ('AR', 'EN')) not null, `pending` json null, `client_address` text null, `created_at` datetime not null, `national_id` text null, primary key (`id`));",
    );
    this.addSql(
      'insert into `code_challenges__temp_alter` select `id`, `purpose`, `mobile`, `account_id`, `code_hash`, `code_expires_at`, `attempts`, `sends`, `last_sent_at`, `expires_at`, `consumed_at`, `decoy`, `language`, `pending`, `client_address`, `created_at`, `national_id` from `code_challenges`;',
    );
    this.addSql('drop table `code_challenges`;');
    this.addSql('alter table `code_challenges__temp_alter` rename to `code_challenges`;');
    this.addSql('create index `code_challenges_mobile_index` on `code_challenges` (`mobile`);');
    this.addSql('pragma foreign_keys = on;');
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      "create table `sessions__temp_alter` (`id` text not null, `account_id` text not null, `created_at` datetime not null, `last_used_at` datetime not null, `absolute_expires_at` datetime not null, `ended_at` datetime null, `end_reason` text check (`end_reason` in ('LOGOUT', 'REVOKED', 'REFRESH_REUSE', 'PASSWORD_CHANGED', 'ACCOUNT_RECOVERED')) null, `user_agent` text null, `client_address` text null, `reauthenticated_at` datetime null, constraint `sessions_account_id_foreign` foreign key(`account_id`) references `accounts`(`id`) on delete cascade on update cascade, primary key (`id`));",
    );
    this.addSql(
      'insert into `sessions__temp_alter` select `id`, `account_id`, `created_at`, `last_used_at`, `absolute_expires_at`, `ended_at`, `end_reason`, `user_agent`, `client_address`, `reauthenticated_at` from `sessions`;',
    );
    this.addSql('drop table `sessions`;');
    this.addSql('alter table `sessions__temp_alter` rename to `sessions`;');
    this.addSql('create index `sessions_account_id_index` on `sessions` (`account_id`);');
    this.addSql('pragma foreign_keys = on;');
  }
}
