import type { AppointmentsService } from './appointments.service';

export { appointments } from './appointments.module';
export { Appointment, AppointmentServiceCode, AppointmentSlot, AppointmentStatus, Office, OfficeCategory } from './appointment.entity';
export type { AppointmentsService } from './appointments.service';

declare module '../../shared/module' {
  interface Registry {
    appointments: AppointmentsService;
  }
}
