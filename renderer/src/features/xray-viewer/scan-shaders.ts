// GLSL for the GPU path. Planes are R16UI integer textures read with texelFetch
// (nearest, exact 16-bit values); their mip levels hold the same 2 × 2-average
// pyramid as the CPU path. Each texture tile is drawn as its own quad; the
// fragment shader maps its canvas pixel to a pixel of the chosen level with the
// same rule as the CPU path (floor((origin + (c + 0.5) / zoom) / 2^level)), then applies
// window/level, invert, edges (Laplacian on the displayed grey, neighbours one
// canvas pixel away) and material colour, exactly as renderCpu does.

export const scanVertexShader = `#version 300 es
in vec2 aCorner;
uniform vec4 uTileRect;   // x, y, w, h in image pixels
uniform vec2 uOrigin;     // image point at the canvas top-left
uniform float uZoom;      // canvas pixels per image pixel
uniform vec2 uCanvas;     // canvas size in pixels
void main() {
  vec2 image = uTileRect.xy + aCorner * uTileRect.zw;
  vec2 clip = (image - uOrigin) * uZoom / uCanvas * 2.0 - 1.0;
  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
}`

export const scanFragmentShader = `#version 300 es
precision highp float;
precision highp int;
precision highp usampler2D;
uniform usampler2D uHigh;
uniform usampler2D uLow;
uniform vec4 uTileRect;
uniform vec2 uOrigin;
uniform float uZoom;
uniform vec2 uCanvas;
uniform int uLevel;         // pyramid level (mip level) to sample
uniform float uWindowLow;
uniform float uWindowWidth;
uniform bool uInvert;
uniform bool uEdges;
uniform float uEdgeAmount;
uniform bool uMaterial;
uniform vec2 uAir;          // open-beam level: high, low
uniform vec4 uThresholds;   // min attenuation, impenetrable attenuation, organic below, metal from
uniform vec3 uColours[5];   // class colours 0..1, index order of materialClasses
uniform float uFloor;       // darkest share of a class colour
out vec4 outColour;

ivec2 texelAt(vec2 canvasPixel) {
  float scale = float(1 << uLevel);
  vec2 image = uOrigin + canvasPixel / uZoom;
  ivec2 t = ivec2(floor(image / scale)) - (ivec2(uTileRect.xy) >> uLevel);
  // Neighbours past the tile edge reuse the edge (a faint seam for edges across stripes).
  return clamp(t, ivec2(0), textureSize(uHigh, uLevel) - 1);
}

// Windowed grey, quantised to 8 bits like the CPU table so both paths agree.
float greyAt(ivec2 t) {
  float v = float(texelFetch(uHigh, t, uLevel).r);
  float f = clamp((v - uWindowLow) / uWindowWidth, 0.0, 1.0);
  if (uInvert) f = 1.0 - f;
  return floor(f * 255.0 + 0.5) / 255.0;
}

void main() {
  vec2 c = vec2(gl_FragCoord.x, uCanvas.y - gl_FragCoord.y);
  ivec2 t = texelAt(c);
  float g = greyAt(t);
  if (uEdges) {
    float around = greyAt(texelAt(c + vec2(-1.0, 0.0))) + greyAt(texelAt(c + vec2(1.0, 0.0)))
                 + greyAt(texelAt(c + vec2(0.0, -1.0))) + greyAt(texelAt(c + vec2(0.0, 1.0)));
    g = clamp(g + uEdgeAmount * (4.0 * g - around), 0.0, 1.0);
    g = floor(g * 255.0 + 0.5) / 255.0;
  }
  vec3 rgb = vec3(g);
  if (uMaterial) {
    float aHigh = log(uAir.x) - log(max(float(texelFetch(uHigh, t, uLevel).r), 1.0));
    float aLow = log(uAir.y) - log(max(float(texelFetch(uLow, t, uLevel).r), 1.0));
    int cls = 0;
    if (aHigh >= uThresholds.y) cls = 4;
    else if (aHigh >= uThresholds.x) {
      float ratio = aLow / aHigh;
      cls = ratio < uThresholds.z ? 1 : (ratio < uThresholds.w ? 2 : 3);
    }
    if (cls > 0) rgb = uColours[cls] * (uFloor + (1.0 - uFloor) * g);
  }
  outColour = vec4(rgb, 1.0);
}`
