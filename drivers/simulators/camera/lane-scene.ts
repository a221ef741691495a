// The picture a lane camera sees, as SVG (pure): road, lane markings, a booth,
// and optionally a vehicle facing the camera with a readable number plate.
// `variant` moves small things (light, a blinking indicator) so consecutive
// base frames differ the way real video does.

export type VehicleKind = 'car' | 'van' | 'truck'

export interface LaneScene {
  /** Plate text as printed, e.g. `AB 123 CD`; no vehicle when absent. */
  plate?: string
  vehicle?: VehicleKind
  /** Distinguishing sign shown in the plate's blue band, e.g. `F`, `D`, `UA`. */
  country?: string
  /** Body colour. */
  colour?: string
  /** Text painted on the booth, e.g. `LANE 2`. */
  lane?: string
}

/** Text safe inside SVG/XML markup (the simulators' scenes and SOAP/XML bodies). */
export const xmlEscape = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

const BODY: Record<VehicleKind, { w: number; h: number; roof: number; plateY: number }> = {
  car: { w: 0.36, h: 0.3, roof: 0.12, plateY: 0.78 },
  van: { w: 0.4, h: 0.46, roof: 0.06, plateY: 0.8 },
  truck: { w: 0.46, h: 0.62, roof: 0.04, plateY: 0.83 },
}

export function laneSceneSvg(scene: LaneScene, width: number, height: number, variant = 0): string {
  const w = width
  const h = height
  const sky = ['#8fa8c0', '#93abc2', '#8ca5bd', '#91aac1'][variant % 4]
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h * 0.35}" fill="${sky}"/>`,
    `<rect y="${h * 0.35}" width="${w}" height="${h * 0.65}" fill="#4a4d52"/>`,
    // canopy and booth
    `<rect y="${h * 0.06}" width="${w}" height="${h * 0.07}" fill="#d9d2c3"/>`,
    `<rect x="${w * 0.78}" y="${h * 0.2}" width="${w * 0.16}" height="${h * 0.42}" fill="#c8c2b4" stroke="#6b665c" stroke-width="3"/>`,
    `<rect x="${w * 0.8}" y="${h * 0.25}" width="${w * 0.12}" height="${h * 0.12}" fill="#2f3b47"/>`,
    `<text x="${w * 0.86}" y="${h * 0.5}" font-family="DejaVu Sans, sans-serif" font-size="${h * 0.04}" text-anchor="middle" fill="#222">${xmlEscape(scene.lane ?? 'LANE 1')}</text>`,
    // lane lines converging to the horizon
    `<polygon points="${w * 0.47},${h * 0.35} ${w * 0.485},${h * 0.35} ${w * 0.2},${h} ${w * 0.14},${h}" fill="#e8e3c8"/>`,
    `<polygon points="${w * 0.515},${h * 0.35} ${w * 0.53},${h * 0.35} ${w * 0.86},${h} ${w * 0.8},${h}" fill="#e8e3c8"/>`,
    // stop line
    `<rect x="${w * 0.12}" y="${h * 0.93}" width="${w * 0.76}" height="${h * 0.025}" fill="#f0f0f0"/>`,
  ]
  if (scene.plate) parts.push(vehicleSvg(scene, w, h, variant))
  parts.push('</svg>')
  return parts.join('')
}

function vehicleSvg(scene: LaneScene, w: number, h: number, variant: number): string {
  const kind = scene.vehicle ?? 'car'
  const b = BODY[kind]
  const bw = w * b.w
  const bh = h * b.h
  const x = (w - bw) / 2
  const bottom = h * 0.9
  const y = bottom - bh
  const colour = scene.colour ?? { car: '#8b1e2b', van: '#e6e6e6', truck: '#2a5d8f' }[kind]
  const windscreenH = kind === 'car' ? bh * 0.34 : bh * 0.3
  const plateW = Math.min(bw * 0.55, w * 0.2)
  const plateH = plateW * 0.22
  const plateX = (w - plateW) / 2
  const plateY = y + bh * b.plateY - plateH / 2
  const band = plateW * 0.09
  const blink = variant % 2 === 0 ? '#ffb000' : '#7a5a10'
  return [
    // body, windscreen, wheels, lights
    `<rect x="${x}" y="${y + bh * b.roof}" width="${bw}" height="${bh * (1 - b.roof)}" rx="${bw * 0.05}" fill="${colour}" stroke="#111" stroke-width="3"/>`,
    `<rect x="${x + bw * 0.1}" y="${y + bh * b.roof + bh * 0.05}" width="${bw * 0.8}" height="${windscreenH}" rx="${bw * 0.03}" fill="#2b3640"/>`,
    `<rect x="${x - bw * 0.02}" y="${bottom - bh * 0.06}" width="${bw * 0.14}" height="${bh * 0.1}" fill="#111"/>`,
    `<rect x="${x + bw * 0.88}" y="${bottom - bh * 0.06}" width="${bw * 0.14}" height="${bh * 0.1}" fill="#111"/>`,
    `<rect x="${x + bw * 0.05}" y="${y + bh * 0.62}" width="${bw * 0.16}" height="${bh * 0.08}" fill="#f5f2d0"/>`,
    `<rect x="${x + bw * 0.79}" y="${y + bh * 0.62}" width="${bw * 0.16}" height="${bh * 0.08}" fill="#f5f2d0"/>`,
    `<rect x="${x + bw * 0.05}" y="${y + bh * 0.71}" width="${bw * 0.06}" height="${bh * 0.04}" fill="${blink}"/>`,
    // the plate: white, EU band with the distinguishing sign, black characters
    `<rect x="${plateX}" y="${plateY}" width="${plateW}" height="${plateH}" rx="${plateH * 0.1}" fill="#fbfbf7" stroke="#111" stroke-width="2"/>`,
    `<rect x="${plateX}" y="${plateY}" width="${band}" height="${plateH}" fill="#1f3d99"/>`,
    `<text x="${plateX + band / 2}" y="${plateY + plateH * 0.85}" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${plateH * 0.3}" text-anchor="middle" fill="#fff">${xmlEscape(scene.country ?? '')}</text>`,
    `<text x="${plateX + band + (plateW - band) / 2}" y="${plateY + plateH * 0.78}" font-family="DejaVu Sans Mono, monospace" font-weight="bold" font-size="${plateH * 0.72}" text-anchor="middle" textLength="${(plateW - band) * 0.9}" lengthAdjust="spacingAndGlyphs" fill="#111">${xmlEscape(scene.plate ?? '')}</text>`,
  ].join('')
}

/** Just the plate, as an ANPR camera's plate crop. */
export function plateCropSvg(plate: string, country: string | undefined, width = 260, height = 60): string {
  const band = width * 0.09
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
    `<rect width="${width}" height="${height}" fill="#fbfbf7" stroke="#111" stroke-width="3"/>`,
    `<rect width="${band}" height="${height}" fill="#1f3d99"/>`,
    `<text x="${band / 2}" y="${height * 0.85}" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${height * 0.3}" text-anchor="middle" fill="#fff">${xmlEscape(country ?? '')}</text>`,
    `<text x="${band + (width - band) / 2}" y="${height * 0.78}" font-family="DejaVu Sans Mono, monospace" font-weight="bold" font-size="${height * 0.72}" text-anchor="middle" textLength="${(width - band) * 0.9}" lengthAdjust="spacingAndGlyphs" fill="#111">${xmlEscape(plate)}</text>`,
    '</svg>',
  ].join('')
}
