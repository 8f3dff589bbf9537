import { Migration } from '@mikro-orm/migrations';

export class Migration20261204153312_refresh_grace extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "refresh_grace" ("token_hash" varchar(43) not null, "sealed" text not null, "expires_at" timestamptz not null, constraint "refresh_grace_pkey" primary key ("token_hash"));',
    );
    this.addSql('create index "refresh_grace_expires_at_index" on "refresh_grace" ("expires_at");');
  }
}
