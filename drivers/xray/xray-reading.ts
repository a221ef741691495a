// What the X-ray drop-folder driver reports on its `reading` event.
import type { XrayScan } from './xray-scan'

/** Why files in the drop folder did not become a scan. */
export type XrayIncompleteReason =
  /** The sidecar is not JSON, or fails the sidecar schema. */
  | 'bad-sidecar'
  /** The sidecar names a plane file that never arrived. */
  | 'missing-plane'
  /** A plane file is 0 bytes. */
  | 'empty-file'
  /** A plane file was cut short (the PNG has no end, the TIFF's directory lies past the end of the file). */
  | 'truncated-image'
  /** A plane file is complete but does not decode. */
  | 'corrupt-image'
  /** A plane file is neither PNG nor TIFF. */
  | 'unsupported-format'
  /** A plane holds 8-bit (or other non-16-bit) samples. */
  | 'not-16-bit'
  /** A plane has more than one channel. */
  | 'not-greyscale'
  /** A plane's size contradicts the sidecar's width/height. */
  | 'size-mismatch'
  /** The high and low planes differ in size. */
  | 'plane-mismatch'
  /** A plane file exists but cannot be read (permissions, I/O error). */
  | 'unreadable-file'
  /** A plane is larger than the configured limit. */
  | 'file-too-large'
  /** A file sat in the folder unchanged with no sidecar claiming it (a `*.part` never renamed, an orphan plane). */
  | 'stale-partial'

export type XrayReading =
  | { type: 'scan'; scan: XrayScan; at: number }
  | {
      type: 'incomplete'
      reason: XrayIncompleteReason
      /** A sentence for the log and the technician's screen. */
      detail: string
      /** The scan id, when the sidecar could be read. */
      scanId?: string
      /** Where the files went (a folder under quarantine/). */
      quarantinedTo: string
      files: string[]
      at: number
    }
