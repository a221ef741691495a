// All UI text goes through these catalogues. English is complete; other
// languages fall back to English for keys they do not have yet.
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from '../../../shared/i18n/en.json'
import fr from '../../../shared/i18n/fr.json'
import ar from '../../../shared/i18n/ar.json'

export const languages = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'ar', name: 'العربية' },
] as const

const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('checkpoint.language') : null

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr }, ar: { translation: ar } },
  lng: saved ?? 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
})

/** Direction and language live on <html>, so CSS logical properties follow. */
export function applyDocumentLanguage(lng: string): void {
  document.documentElement.lang = lng
  document.documentElement.dir = i18n.dir(lng)
}
applyDocumentLanguage(i18n.language)
i18n.on('languageChanged', (lng) => {
  applyDocumentLanguage(lng)
  localStorage.setItem('checkpoint.language', lng)
})

export default i18n
