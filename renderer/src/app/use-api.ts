import { useEffect, useState } from 'react'
import type { EventName, EventPayload } from '../../../shared/api/contract'
import type { DeviceStatus } from '../../../shared/domain/devices'
import { onName } from '../../../shared/api/contract'
import { api } from '../platform/api'

/** Latest value of a pushed event, seeded by an initial request. */
export function useEventValue<E extends EventName>(event: E, initial: EventPayload<E>, load?: () => Promise<EventPayload<E> | undefined>): EventPayload<E> {
  const [value, setValue] = useState(initial)
  useEffect(() => {
    let live = true
    const subscribe = api[onName(event)] as unknown as (cb: (p: EventPayload<E>) => void) => () => void
    const off = subscribe((p) => live && setValue(p))
    void load?.().then((v) => live && v !== undefined && setValue(v))
    return () => {
      live = false
      off()
    }
  }, [event])
  return value
}

const NO_DEVICES: DeviceStatus[] = []

/** Every configured device's status, kept up to date. */
export function useDevices(): DeviceStatus[] {
  return useEventValue('devicesChanged', NO_DEVICES, async () => {
    const r = await api.devices.list()
    return r.ok ? r.value : undefined
  })
}
