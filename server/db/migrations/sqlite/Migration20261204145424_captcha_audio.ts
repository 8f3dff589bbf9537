import { Migration } from '@mikro-orm/migrations';

export class Migration20261204145424_captcha_audio extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `captchas` add column `sealed_code` text null;');
    this.addSql('alter table `captchas` add column `audio_plays` integer not null default 0;');
  }
}
