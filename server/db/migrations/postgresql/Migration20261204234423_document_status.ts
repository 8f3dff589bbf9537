import { Migration } from '@mikro-orm/migrations';

export class Migration20261204234423_document_status extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table \"documents\" add column \"status\" text check (\"status\" in ('VALID', 'LOST', 'REPLACED', 'CANCELLED')) not null default 'VALID';");
  }
}
