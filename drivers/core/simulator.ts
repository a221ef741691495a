// What every document-reader simulator offers, whatever wire it speaks
// (plain-text serial, RTE framed serial, USB HID reports, a JSON WebSocket
// bridge): the simulator panel and the training scenarios drive any of them
// through this one interface. Simulator-specific fault injection (a corrupt
// BCC, a duplicated burst, a vendor "verified" lie) stays on each class.

export interface DocumentReaderSimulator {
  /**
   * What the matching driver is given as its transport: a serialport binding,
   * a HidTransport, a bridge connector. Typed `unknown` here because each
   * driver names its own transport type.
   */
  readonly transport: unknown
  /** The host has the device open right now. */
  readonly connected: boolean
  /** The device is attached (cable in, bridge process running). */
  readonly plugged: boolean
  /** The reader reads a document with these MRZ lines. */
  present(lines: readonly string[]): void
  /** Garbage on the wire, deterministic for a given seed. */
  sendNoise(seed?: number): void
  /** The document is pulled out mid-read: only part of a read arrives. */
  sendPartial(lines: readonly string[]): void
  /** Pull the cable (or stop the bridge); an open connection fails. */
  unplug(): void
  /** Plug back in; the driver can open again. */
  replug(): void
}
