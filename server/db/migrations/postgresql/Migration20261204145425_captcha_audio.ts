import { Migration } from '@mikro-orm/migrations';

export class Migration20261204145425_captcha_audio extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "captchas" add column "sealed_code" text null, add column "audio_plays" int not null default 0;');
  }
}
