import { describe, expect, it } from 'vitest'
import { documentNumberOf } from './traveller-documents'

describe('documentNumberOf', () => {
  it('reads the number where TD3 and TD1 put it, fillers dropped', () => {
    expect(documentNumberOf(['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'])).toBe('L898902C3')
    expect(documentNumberOf(['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'])).toBe('D23145890')
    expect(documentNumberOf(['P<SVNNOVAK<<ZIGA<<<<<<<<<<<<<<<<<<<<<<<<<<<<', 'YN0GEDP8<4SVN7508198M2805180<<<<<<<<<<<<<<06'])).toBe('YN0GEDP8')
  })
})
