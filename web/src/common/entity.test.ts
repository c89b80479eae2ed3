import { describe, expect, it } from 'vitest'
import { unwrap } from './entity'

describe('unwrap', () => {
  it('takes the record as the API answers it, or inside its wrapper', () => {
    expect(unwrap<{ id: string }>({ id: '1', name: 'x' }, 'organization')).toEqual({ id: '1', name: 'x' })
    expect(unwrap<{ id: string }>({ organization: { id: '2' } }, 'organization')).toEqual({ id: '2' })
  })
})
