// Every driver the workstation can load, by id. A device configuration names one.
import type { DriverDescriptor } from './core/driver'
import { hidOcrReaderDriver } from './document-reader/hid-ocr-reader'
import { rteFramedReaderDriver } from './document-reader/rte-framed-reader'
import { serialTextReaderDriver } from './document-reader/serial-text-reader'
import { websocketBridgeReaderDriver } from './document-reader/websocket-bridge-reader'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const driverRegistry: Readonly<Record<string, DriverDescriptor<any, any, any>>> = {
  [serialTextReaderDriver.id]: serialTextReaderDriver,
  [rteFramedReaderDriver.id]: rteFramedReaderDriver,
  [hidOcrReaderDriver.id]: hidOcrReaderDriver,
  [websocketBridgeReaderDriver.id]: websocketBridgeReaderDriver,
}
