import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101748_appointments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`offices\` (\`id\` text not null, \`category\` text check (\`category\` in ('PASSPORTS', 'CIVIL_AFFAIRS', 'TRAFFIC')) not null, \`city\` text not null, \`city_ar\` text not null, \`name_ar\` text not null, \`name_en\` text not null, \`address_ar\` text not null, \`address_en\` text not null, \`opens_at\` text not null, \`closes_at\` text not null, \`slot_minutes\` integer not null, \`slot_capacity\` integer not null, \`working_days\` json not null, primary key (\`id\`));`);
    this.addSql(`create index \`offices_city_category_index\` on \`offices\` (\`city\`, \`category\`);`);

    this.addSql(`create table \`appointment_slots\` (\`id\` integer not null primary key autoincrement, \`office_id\` text not null, \`starts_at\` datetime not null, \`capacity\` integer not null, \`booked\` integer not null default 0, constraint \`appointment_slots_office_id_foreign\` foreign key(\`office_id\`) references \`offices\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`appointment_slots_office_id_index\` on \`appointment_slots\` (\`office_id\`);`);
    this.addSql(`create unique index \`appointment_slots_office_id_starts_at_unique\` on \`appointment_slots\` (\`office_id\`, \`starts_at\`);`);

    this.addSql(`create table \`appointments\` (\`id\` text not null, \`account_id\` text not null, \`national_id\` text not null, \`office_id\` text not null, \`slot_id\` integer not null, \`service_code\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`status\` text check (\`status\` in ('BOOKED', 'CANCELLED')) not null default 'BOOKED', \`active_key\` text null, \`booked_at\` datetime not null, \`rescheduled_at\` datetime null, \`cancelled_at\` datetime null, constraint \`appointments_account_id_foreign\` foreign key(\`account_id\`) references \`accounts\`(\`id\`) on delete cascade on update cascade, constraint \`appointments_office_id_foreign\` foreign key(\`office_id\`) references \`offices\`(\`id\`) on delete restrict on update cascade, constraint \`appointments_slot_id_foreign\` foreign key(\`slot_id\`) references \`appointment_slots\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`appointments_account_id_index\` on \`appointments\` (\`account_id\`);`);
    this.addSql(`create index \`appointments_office_id_index\` on \`appointments\` (\`office_id\`);`);
    this.addSql(`create index \`appointments_slot_id_index\` on \`appointments\` (\`slot_id\`);`);
    this.addSql(`create unique index \`appointments_active_key_unique\` on \`appointments\` (\`active_key\`);`);
    this.addSql(`create index \`appointments_account_id_starts_at_index\` on \`appointments\` (\`account_id\`, \`starts_at\`);`);
    // The generator also re-created eight unchanged tables here (SQLite diff noise); removed, as
    // dropping tables that others reference would cascade into their rows.
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`appointments\`;`);
    this.addSql(`drop table if exists \`appointment_slots\`;`);
    this.addSql(`drop table if exists \`offices\`;`);
  }

}
