import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101222_registry_holdings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`documents\` (\`id\` text not null, \`national_id\` text not null, \`type\` text check (\`type\` in ('NATIONAL_ID', 'IQAMA', 'PASSPORT', 'DRIVING_LICENCE', 'EXIT_REENTRY_VISA', 'FINAL_EXIT_VISA')) not null, \`number\` text not null, \`issued_on\` date not null, \`expires_on\` date not null, \`details\` json null, primary key (\`id\`));`);
    this.addSql(`create index \`documents_national_id_index\` on \`documents\` (\`national_id\`);`);
    this.addSql(`create unique index \`documents_type_number_unique\` on \`documents\` (\`type\`, \`number\`);`);

    this.addSql(`create table \`vehicles\` (\`plate\` text not null, \`owner_id\` text not null, \`make\` text not null, \`model\` text not null, \`year\` integer not null, \`registration_expires_on\` date not null, \`insurance_expires_on\` date null, \`inspection_expires_on\` date null, \`authorized_driver_id\` text null, \`authorized_until\` date null, primary key (\`plate\`));`);
    this.addSql(`create index \`vehicles_owner_id_index\` on \`vehicles\` (\`owner_id\`);`);

    this.addSql(`create table \`violations\` (\`number\` text not null, \`national_id\` text not null, \`plate\` text null, \`issued_on\` date not null, \`amount_halalas\` integer not null, \`paid\` integer not null default false, \`dispute_status\` text check (\`dispute_status\` in ('NONE', 'OPEN', 'UPHELD', 'DISMISSED')) not null default 'NONE', \`dispute_reason\` text null, \`disputed_at\` datetime null, \`pending_request_id\` text null, primary key (\`number\`));`);
    this.addSql(`create index \`violations_national_id_index\` on \`violations\` (\`national_id\`);`);
    this.addSql(`create index \`violations_plate_index\` on \`violations\` (\`plate\`);`);
  }

}
