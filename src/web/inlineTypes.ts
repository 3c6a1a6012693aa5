// The file types the desk shows inline (raster images); anything else is a download, so that no
// customer file (an SVG, an HTML page) runs in the desk's origin.
export const INLINE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
