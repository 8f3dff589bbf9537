import { Migration } from '@mikro-orm/migrations';

export class Migration20261205000923_audit_events_after_merge extends Migration {
  override async up(): Promise<void> {
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      "create table `audit_events__temp_alter` (`id` integer not null primary key autoincrement, `type` text check (`type` in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_STEP_LOCKED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID', 'PASSWORD_RESET_REQUESTED', 'REAUTHENTICATED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED', 'MOBILE_CHANGED', 'SSO_LINKED', 'SSO_UNLINKED', 'SSO_LOGIN_FAILED', 'VISA_CANCELLED', 'RECOVERY_CODE_ISSUED', 'ACCOUNT_RECOVERED')) not null, `account_id` text null, `client_address` text null, `detail` json null, `created_at` datetime not null);",
    );
    this.addSql('insert into `audit_events__temp_alter` select `id`, `type`, `account_id`, `client_address`, `detail`, `created_at` from `audit_events`;');
    this.addSql('drop table `audit_events`;');
    this.addSql('alter table `audit_events__temp_alter` rename to `audit_events`;');
    this.addSql('create index `audit_events_account_id_created_at_index` on `audit_events` (`account_id`, `created_at`);');
    this.addSql('pragma foreign_keys = on;');
  }
}
