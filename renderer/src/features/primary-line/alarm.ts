// The hit alarm: three rising tones from WebAudio (no audio file to load,
// nothing for the CSP to allow).
let context: AudioContext | null = null

/** How often the alarm repeats while a match waits for the officer. */
export const ALARM_REPEAT_MS = 6000

export function playAlarm(): void {
  try {
    context ??= new AudioContext()
    const start = context.currentTime
    ;[660, 880, 1100].forEach((freq, i) => {
      const osc = context!.createOscillator()
      const gain = context!.createGain()
      osc.frequency.value = freq
      osc.type = 'square'
      gain.gain.setValueAtTime(0.0001, start + i * 0.22)
      gain.gain.exponentialRampToValueAtTime(0.25, start + i * 0.22 + 0.02)
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.22 + 0.2)
      osc.connect(gain).connect(context!.destination)
      osc.start(start + i * 0.22)
      osc.stop(start + i * 0.22 + 0.21)
    })
  } catch {
    // No audio device: the modal still cannot be missed.
  }
}
