import type { Migration } from './migration'

/**
 * The vehicle lane: a vehicle crossing ties plate reads, occupants (traveller crossings) and an
 * X-ray scan together. Scan planes live in files under the data folder (scans/): the row is
 * written first with planes_state 'writing' (so the officer sees the scan at once, served from
 * memory), then 'durable' once the file is fsynced; a crash in between is found at start-up.
 * Calibrations are files too (calibrations/), fsynced before their row.
 */
export const vehicleLane: Migration = {
  version: 6,
  name: 'vehicle lane',
  sql: `
    CREATE TABLE vehicle_crossings (
      id INTEGER PRIMARY KEY,
      lane TEXT NOT NULL,
      opened_at TEXT NOT NULL,
      opened_by TEXT NOT NULL,
      closed_at TEXT,
      status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'interrupted')),
      plate TEXT,                          -- as read (best read) or typed
      plate_key TEXT,                      -- normalised: letters and digits, upper case
      plate_country TEXT,
      kind TEXT CHECK (kind IN ('car', 'van', 'truck', 'bus', 'other')),
      declared_occupants INTEGER CHECK (declared_occupants BETWEEN 0 AND 99),
      origin TEXT,
      route TEXT
    );
    CREATE INDEX vehicle_crossings_plate ON vehicle_crossings(plate_key, opened_at);
    CREATE INDEX vehicle_crossings_open ON vehicle_crossings(lane) WHERE status = 'open';
    CREATE TABLE plate_reads (
      id INTEGER PRIMARY KEY,
      vehicle_crossing_id INTEGER NOT NULL REFERENCES vehicle_crossings(id),
      event_id TEXT NOT NULL UNIQUE,       -- stable across a camera's NEW / UPDATE / LOST
      device TEXT NOT NULL,
      camera TEXT NOT NULL,
      plate TEXT NOT NULL,
      plate_key TEXT NOT NULL,
      country TEXT,
      confidence REAL NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('new', 'update', 'lost')),
      direction TEXT,
      first_at TEXT NOT NULL,
      last_at TEXT NOT NULL,
      updates INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX plate_reads_vehicle ON plate_reads(vehicle_crossing_id);
    CREATE TABLE vehicle_occupants (
      vehicle_crossing_id INTEGER NOT NULL REFERENCES vehicle_crossings(id),
      crossing_id INTEGER NOT NULL UNIQUE REFERENCES crossings(id),
      role TEXT NOT NULL CHECK (role IN ('driver', 'passenger')),
      PRIMARY KEY (vehicle_crossing_id, crossing_id)
    );
    CREATE TABLE xray_scans (
      id TEXT PRIMARY KEY,                 -- the scanner's scan id
      vehicle_crossing_id INTEGER REFERENCES vehicle_crossings(id),
      device TEXT NOT NULL,
      scanner TEXT NOT NULL,
      scanned_at TEXT NOT NULL,
      received_at TEXT NOT NULL,
      energy_mode TEXT NOT NULL CHECK (energy_mode IN ('single', 'dual')),
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      mm_per_pixel_x REAL NOT NULL,
      mm_per_pixel_y REAL NOT NULL,
      plate TEXT,
      planes_file TEXT NOT NULL,           -- under scans/: high then low plane, uint16 little-endian
      planes_state TEXT NOT NULL DEFAULT 'writing' CHECK (planes_state IN ('writing', 'durable', 'lost')),
      calibration_version INTEGER,
      annotations TEXT NOT NULL DEFAULT '[]',
      decision TEXT CHECK (decision IN ('clear', 'refer')),
      decided_by TEXT,
      decided_at TEXT
    );
    CREATE INDEX xray_scans_received ON xray_scans(received_at);
    -- Every lane snapshot looks these up: the vehicle's scan, its reads, the open vehicle.
    CREATE INDEX xray_scans_vehicle ON xray_scans(vehicle_crossing_id, received_at);
    CREATE TABLE vehicle_alerts (
      id INTEGER PRIMARY KEY,
      vehicle_crossing_id INTEGER NOT NULL REFERENCES vehicle_crossings(id),
      kind TEXT NOT NULL CHECK (kind IN ('plate-list', 'occupancy')),
      list_id TEXT,
      list_version TEXT,
      list_record_id TEXT,
      reason TEXT NOT NULL,
      score REAL,
      features TEXT NOT NULL DEFAULT '[]',
      record TEXT NOT NULL DEFAULT '{}',
      status TEXT NOT NULL CHECK (status IN ('candidate', 'confirmed', 'dismissed', 'referred')),
      dismiss_reason TEXT,
      acted_by TEXT,
      acted_at TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (vehicle_crossing_id, kind, list_id, list_record_id)
    );
    CREATE TABLE xray_calibrations (
      version INTEGER PRIMARY KEY,
      device TEXT NOT NULL,
      scanner TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      file TEXT NOT NULL,                  -- under calibrations/
      stats TEXT NOT NULL,                 -- JSON: elements, dead/hot/outlier counts, uniformity before/after
      active INTEGER NOT NULL DEFAULT 0
    );
  `,
}
