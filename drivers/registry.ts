// Every driver the workstation can load, by id. A device configuration names one.
import type { DriverDescriptor } from './core/driver'
import { serialTextReaderDriver } from './document-reader/serial-text-reader'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const driverRegistry: Readonly<Record<string, DriverDescriptor<any, any, any>>> = {
  [serialTextReaderDriver.id]: serialTextReaderDriver,
}
