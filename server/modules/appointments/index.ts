import type { AppointmentsService } from './appointments.service';

export { appointments } from './appointments.module';
export { Appointment, AppointmentServiceCode, AppointmentSlot, AppointmentStatus, Office, OfficeCategory } from './appointment.entity';
export type { AppointmentsService } from './appointments.service';
export { importOffices, MAX_OFFICES_PER_FILE } from './office-import';
export type { OfficeImportReport } from './office-import';
export { OFFICE_COLUMNS } from './office-row';
export { DEMO_OFFICES_CSV } from './demo-offices';

declare module '../../shared/module' {
  interface Registry {
    appointments: AppointmentsService;
  }
}
