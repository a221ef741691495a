// Annotations an officer draws on a scan: a box in image pixels, what it is and
// a note. They belong to the scan, not to the screen, so they survive zoom and pan.

export const annotationCategories = ['person', 'drugs', 'weapon', 'currency', 'tobacco', 'other'] as const
export type AnnotationCategory = (typeof annotationCategories)[number]

export interface ImageBox {
  x: number
  y: number
  w: number
  h: number
}

export interface XrayAnnotation {
  id: string
  box: ImageBox
  category: AnnotationCategory
  note: string
  author?: string
  /** ISO 8601 time of creation. */
  createdAt: string
}

/** A box from two corners dragged in any direction, clipped to the image and snapped to whole pixels. */
export function boxFromCorners(a: { x: number; y: number }, b: { x: number; y: number }, imageWidth: number, imageHeight: number): ImageBox {
  const x0 = Math.max(0, Math.min(imageWidth, Math.floor(Math.min(a.x, b.x))))
  const y0 = Math.max(0, Math.min(imageHeight, Math.floor(Math.min(a.y, b.y))))
  const x1 = Math.max(0, Math.min(imageWidth, Math.ceil(Math.max(a.x, b.x))))
  const y1 = Math.max(0, Math.min(imageHeight, Math.ceil(Math.max(a.y, b.y))))
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }
}

export function isAnnotationCategory(value: string): value is AnnotationCategory {
  return (annotationCategories as readonly string[]).includes(value)
}
