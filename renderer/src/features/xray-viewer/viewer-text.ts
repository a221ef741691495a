// The viewer's UI text: English defaults under xrayViewer.* until the keys are
// in shared/i18n/*.json (the catalogue wins once they are).
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { materialLegend } from '../../../../shared/xray/display/material'

/** The shared legend's English wording: "Orange — Organic: …". */
const legend = (cls: string) => {
  const e = materialLegend.find((x) => x.cls === cls)!
  return `${e.colourName} — ${e.meaning}`
}

export const xrayViewerText = {
  title: 'X-ray image',
  rendererLine: 'Renderer: {{renderer}}',
  'renderer.webgl2': 'GPU (WebGL2)',
  'renderer.cpu': 'CPU fallback',
  rendererReason: '({{reason}})',
  'reason.forced': 'chosen in settings',
  'reason.noWebgl2': 'WebGL2 is not available',
  'reason.softwareWebgl2': 'WebGL2 runs in software here; the CPU path is faster',
  'reason.contextLost': 'the GPU context was lost',
  rendererTiles: 'textures: {{count}}, up to {{size}} px each',
  zoom: 'Zoom {{percent}} %',
  window: 'Window: level {{center}}, width {{width}}',
  cursor: 'Pixel x {{x}}, y {{y}} · value {{value}}',
  tools: 'Tools',
  'tool.pan': 'Pan',
  'tool.window': 'Window/level',
  'tool.measure': 'Measure',
  'tool.annotate': 'Mark area',
  display: 'Display',
  auto: 'Auto window',
  invert: 'Invert',
  material: 'Material colour',
  edges: 'Edges',
  on: 'on',
  off: 'off',
  presets: 'Window presets',
  'preset.fullRange': 'Full range',
  'preset.organic': 'Organic',
  'preset.metal': 'Metal',
  'preset.highPenetration': 'High penetration',
  zoomGroup: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Whole scan',
  noMaterial: 'Single-energy scan: no material colour.',
  legendTitle: 'Material colours',
  'legend.organic': legend('organic'),
  'legend.inorganic': legend('inorganic'),
  'legend.metal': legend('metal'),
  'legend.impenetrable': legend('impenetrable'),
  'legend.none': legend('none'),
  overview: 'Overview of the whole scan; the rectangle is the part shown. Click to move there.',
  measureHint: 'Click two points to measure.',
  measureFirst: 'First point set. Click the second point.',
  distance: '{{mm}} mm',
  distanceLabel: 'Distance: {{mm}} mm',
  annotateHint: 'Drag a box around the area, or press Enter to mark the middle of the view.',
  newAnnotation: 'New marked area',
  categoryQuestion: 'What is it?',
  'category.person': 'Person',
  'category.drugs': 'Drugs',
  'category.weapon': 'Weapon',
  'category.currency': 'Currency',
  'category.tobacco': 'Tobacco',
  'category.other': 'Other',
  note: 'Note',
  save: 'Save',
  cancel: 'Cancel',
  annotations: 'Marked areas ({{count}})',
  noAnnotations: 'No marked areas yet.',
  annotationSize: '{{w}} × {{h}} mm',
  show: 'Show',
  remove: 'Delete',
  by: 'by {{author}}',
  shortcuts: 'Keys: P pan · W window/level (or right-drag) · D measure · N mark area · A auto · 1–4 presets · I invert · M material · E edges · + − zoom · 0 whole scan · arrows pan · Shift+arrows window · Esc cancel · Delete removes the selected area',
} as const

export type XrayViewerTextKey = keyof typeof xrayViewerText
export type ViewerText = (key: XrayViewerTextKey, vars?: Record<string, string | number>) => string

export function useXrayViewerText(): ViewerText {
  const { t } = useTranslation()
  return useCallback((key, vars) => t(`xrayViewer.${key}`, { defaultValue: xrayViewerText[key], ...vars }), [t])
}
