import { defineModule } from '../../shared/module';
import { ServiceCategoryCode } from '../catalogue';
import { Appointment, AppointmentSlot, Office } from './appointment.entity';
import { AppointmentsResolver, OfficeResolver } from './appointments.resolver';
import { APPOINTMENT_SERVICES } from './appointment-services';
import { AppointmentsService } from './appointments.service';
import { seedDemoOffices } from './demo-offices';

/** Office visits: offices and their calendars, free seats per slot, booking, moving and cancelling. */
export const appointments = defineModule({
  name: 'appointments',
  entities: [Office, AppointmentSlot, Appointment],
  needs: ['clock', 'notifier', 'ids', 'catalogueShelves'],
  provide: (deps) => {
    // The catalogue's "Appointments" category holds the services people book office visits for.
    deps.catalogueShelves.shelve(ServiceCategoryCode.APPOINTMENTS, APPOINTMENT_SERVICES.length);
    return { appointments: new AppointmentsService(deps) };
  },
  resolvers: [AppointmentsResolver, OfficeResolver],
  nodes: ({ appointments }) => ({
    Appointment: (ctx, ids) => (ctx.actor ? appointments.mineByIds(ctx.work.em, ctx.actor.accountId, ids) : Promise.resolve(ids.map(() => null))),
    Office: (ctx, ids) => appointments.officesByIds(ctx.work.em, ids),
  }),
  seed: () => async (work) => {
    const offices = await seedDemoOffices(work.em);
    return offices ? { offices } : null;
  },
});
