// The operating system's serial ports (node-serialport's native binding).
// Drivers receive it exactly where a simulator's binding would go.
import { SerialPort } from 'serialport'
import type { BindingInterface } from '@serialport/bindings-interface'

export function osSerialBinding(): BindingInterface {
  return SerialPort.binding as unknown as BindingInterface
}
