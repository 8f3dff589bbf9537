import { Migration } from '@mikro-orm/migrations';

export class Migration20261205001129_person_relations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "alter table \"persons\" add column \"relation_to_head\" text check (\"relation_to_head\" in ('SPOUSE', 'SON', 'DAUGHTER', 'FATHER', 'MOTHER', 'DOMESTIC_WORKER', 'SPONSORED_WORKER')) null, add column \"sponsor_establishment_id\" varchar(10) null;",
    );
  }
}
