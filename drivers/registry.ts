// Every driver the workstation can load, by id. A device configuration names one.
import type { DriverDescriptor } from './core/driver'
import { hidOcrReaderDriver } from './document-reader/hid-ocr-reader'
import { rteFramedReaderDriver } from './document-reader/rte-framed-reader'
import { serialTextReaderDriver } from './document-reader/serial-text-reader'
import { websocketBridgeReaderDriver } from './document-reader/websocket-bridge-reader'
import { mjpegCameraDriver } from './camera/mjpeg-camera'
import { rtspMjpegDriver } from './camera/rtsp-mjpeg-transcoder'
import { anprListenerDriver } from './anpr/anpr-listener'
import { r30xPadDriver } from './fingerprint/r30x-pad'
import { virtualImagePadDriver } from './fingerprint/virtual-image-pad'
import { dropFolderXrayDriver } from './xray/drop-folder-xray-scanner'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const driverRegistry: Readonly<Record<string, DriverDescriptor<any, any, any>>> = {
  [serialTextReaderDriver.id]: serialTextReaderDriver,
  [rteFramedReaderDriver.id]: rteFramedReaderDriver,
  [hidOcrReaderDriver.id]: hidOcrReaderDriver,
  [websocketBridgeReaderDriver.id]: websocketBridgeReaderDriver,
  [mjpegCameraDriver.id]: mjpegCameraDriver,
  [rtspMjpegDriver.id]: rtspMjpegDriver,
  [anprListenerDriver.id]: anprListenerDriver,
  [r30xPadDriver.id]: r30xPadDriver,
  [virtualImagePadDriver.id]: virtualImagePadDriver,
  [dropFolderXrayDriver.id]: dropFolderXrayDriver,
}
