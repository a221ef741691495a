// ICAO Doc 9303 Part 3 code table for issuing states, organisations and nationalities, kept as data.
// Issuer and nationality carry no check digit, so this table is the only guard against a misread
// code (e.g. the Norwegian 'N0R' vector in documents-and-readers.md §1.1).

export type StateCodeKind =
  | 'state' // ISO 3166-1 alpha-3 code, or Germany's 'D'
  | 'organisation' // UN bodies, EU, INTERPOL, regional organisations (Doc 9303 Part 3)
  | 'special-nationality' // no defined nationality: stateless, refugees, unspecified
  | 'british-variant' // British nationality classes other than British citizen
  | 'specimen' // Utopia, the fictitious issuer of ICAO specimens
  | 'deprecated' // withdrawn codes still seen on old documents
  | 'non-icao' // not in Doc 9303 but seen in practice

export interface StateCodeEntry {
  /** Key of the table: three letters, or 'D' (written 'D<<' in the MRZ). */
  code: string
  /** English short name. */
  name: string
  kind: StateCodeKind
  /** ISO 3166-1 alpha-3 of the state the code belongs to, when that differs from `code` (D → DEU, GBN → GBR). */
  isoState?: string
}

/** ISO 3166-1 alpha-3, officially assigned codes (249), English short names. */
const ISO_3166_STATES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['AFG', 'Afghanistan'],
  ['ALA', 'Åland Islands'],
  ['ALB', 'Albania'],
  ['DZA', 'Algeria'],
  ['ASM', 'American Samoa'],
  ['AND', 'Andorra'],
  ['AGO', 'Angola'],
  ['AIA', 'Anguilla'],
  ['ATA', 'Antarctica'],
  ['ATG', 'Antigua and Barbuda'],
  ['ARG', 'Argentina'],
  ['ARM', 'Armenia'],
  ['ABW', 'Aruba'],
  ['AUS', 'Australia'],
  ['AUT', 'Austria'],
  ['AZE', 'Azerbaijan'],
  ['BHS', 'Bahamas'],
  ['BHR', 'Bahrain'],
  ['BGD', 'Bangladesh'],
  ['BRB', 'Barbados'],
  ['BLR', 'Belarus'],
  ['BEL', 'Belgium'],
  ['BLZ', 'Belize'],
  ['BEN', 'Benin'],
  ['BMU', 'Bermuda'],
  ['BTN', 'Bhutan'],
  ['BOL', 'Bolivia (Plurinational State of)'],
  ['BES', 'Bonaire, Sint Eustatius and Saba'],
  ['BIH', 'Bosnia and Herzegovina'],
  ['BWA', 'Botswana'],
  ['BVT', 'Bouvet Island'],
  ['BRA', 'Brazil'],
  ['IOT', 'British Indian Ocean Territory'],
  ['BRN', 'Brunei Darussalam'],
  ['BGR', 'Bulgaria'],
  ['BFA', 'Burkina Faso'],
  ['BDI', 'Burundi'],
  ['CPV', 'Cabo Verde'],
  ['KHM', 'Cambodia'],
  ['CMR', 'Cameroon'],
  ['CAN', 'Canada'],
  ['CYM', 'Cayman Islands'],
  ['CAF', 'Central African Republic'],
  ['TCD', 'Chad'],
  ['CHL', 'Chile'],
  ['CHN', 'China'],
  ['CXR', 'Christmas Island'],
  ['CCK', 'Cocos (Keeling) Islands'],
  ['COL', 'Colombia'],
  ['COM', 'Comoros'],
  ['COG', 'Congo'],
  ['COD', 'Congo, Democratic Republic of the'],
  ['COK', 'Cook Islands'],
  ['CRI', 'Costa Rica'],
  ['CIV', "Côte d'Ivoire"],
  ['HRV', 'Croatia'],
  ['CUB', 'Cuba'],
  ['CUW', 'Curaçao'],
  ['CYP', 'Cyprus'],
  ['CZE', 'Czechia'],
  ['DNK', 'Denmark'],
  ['DJI', 'Djibouti'],
  ['DMA', 'Dominica'],
  ['DOM', 'Dominican Republic'],
  ['ECU', 'Ecuador'],
  ['EGY', 'Egypt'],
  ['SLV', 'El Salvador'],
  ['GNQ', 'Equatorial Guinea'],
  ['ERI', 'Eritrea'],
  ['EST', 'Estonia'],
  ['SWZ', 'Eswatini'],
  ['ETH', 'Ethiopia'],
  ['FLK', 'Falkland Islands (Malvinas)'],
  ['FRO', 'Faroe Islands'],
  ['FJI', 'Fiji'],
  ['FIN', 'Finland'],
  ['FRA', 'France'],
  ['GUF', 'French Guiana'],
  ['PYF', 'French Polynesia'],
  ['ATF', 'French Southern Territories'],
  ['GAB', 'Gabon'],
  ['GMB', 'Gambia'],
  ['GEO', 'Georgia'],
  ['DEU', 'Germany'],
  ['GHA', 'Ghana'],
  ['GIB', 'Gibraltar'],
  ['GRC', 'Greece'],
  ['GRL', 'Greenland'],
  ['GRD', 'Grenada'],
  ['GLP', 'Guadeloupe'],
  ['GUM', 'Guam'],
  ['GTM', 'Guatemala'],
  ['GGY', 'Guernsey'],
  ['GIN', 'Guinea'],
  ['GNB', 'Guinea-Bissau'],
  ['GUY', 'Guyana'],
  ['HTI', 'Haiti'],
  ['HMD', 'Heard Island and McDonald Islands'],
  ['VAT', 'Holy See'],
  ['HND', 'Honduras'],
  ['HKG', 'Hong Kong'],
  ['HUN', 'Hungary'],
  ['ISL', 'Iceland'],
  ['IND', 'India'],
  ['IDN', 'Indonesia'],
  ['IRN', 'Iran (Islamic Republic of)'],
  ['IRQ', 'Iraq'],
  ['IRL', 'Ireland'],
  ['IMN', 'Isle of Man'],
  ['ISR', 'Israel'],
  ['ITA', 'Italy'],
  ['JAM', 'Jamaica'],
  ['JPN', 'Japan'],
  ['JEY', 'Jersey'],
  ['JOR', 'Jordan'],
  ['KAZ', 'Kazakhstan'],
  ['KEN', 'Kenya'],
  ['KIR', 'Kiribati'],
  ['PRK', "Korea (Democratic People's Republic of)"],
  ['KOR', 'Korea, Republic of'],
  ['KWT', 'Kuwait'],
  ['KGZ', 'Kyrgyzstan'],
  ['LAO', "Lao People's Democratic Republic"],
  ['LVA', 'Latvia'],
  ['LBN', 'Lebanon'],
  ['LSO', 'Lesotho'],
  ['LBR', 'Liberia'],
  ['LBY', 'Libya'],
  ['LIE', 'Liechtenstein'],
  ['LTU', 'Lithuania'],
  ['LUX', 'Luxembourg'],
  ['MAC', 'Macao'],
  ['MDG', 'Madagascar'],
  ['MWI', 'Malawi'],
  ['MYS', 'Malaysia'],
  ['MDV', 'Maldives'],
  ['MLI', 'Mali'],
  ['MLT', 'Malta'],
  ['MHL', 'Marshall Islands'],
  ['MTQ', 'Martinique'],
  ['MRT', 'Mauritania'],
  ['MUS', 'Mauritius'],
  ['MYT', 'Mayotte'],
  ['MEX', 'Mexico'],
  ['FSM', 'Micronesia (Federated States of)'],
  ['MDA', 'Moldova, Republic of'],
  ['MCO', 'Monaco'],
  ['MNG', 'Mongolia'],
  ['MNE', 'Montenegro'],
  ['MSR', 'Montserrat'],
  ['MAR', 'Morocco'],
  ['MOZ', 'Mozambique'],
  ['MMR', 'Myanmar'],
  ['NAM', 'Namibia'],
  ['NRU', 'Nauru'],
  ['NPL', 'Nepal'],
  ['NLD', 'Netherlands'],
  ['NCL', 'New Caledonia'],
  ['NZL', 'New Zealand'],
  ['NIC', 'Nicaragua'],
  ['NER', 'Niger'],
  ['NGA', 'Nigeria'],
  ['NIU', 'Niue'],
  ['NFK', 'Norfolk Island'],
  ['MKD', 'North Macedonia'],
  ['MNP', 'Northern Mariana Islands'],
  ['NOR', 'Norway'],
  ['OMN', 'Oman'],
  ['PAK', 'Pakistan'],
  ['PLW', 'Palau'],
  ['PSE', 'Palestine, State of'],
  ['PAN', 'Panama'],
  ['PNG', 'Papua New Guinea'],
  ['PRY', 'Paraguay'],
  ['PER', 'Peru'],
  ['PHL', 'Philippines'],
  ['PCN', 'Pitcairn'],
  ['POL', 'Poland'],
  ['PRT', 'Portugal'],
  ['PRI', 'Puerto Rico'],
  ['QAT', 'Qatar'],
  ['REU', 'Réunion'],
  ['ROU', 'Romania'],
  ['RUS', 'Russian Federation'],
  ['RWA', 'Rwanda'],
  ['BLM', 'Saint Barthélemy'],
  ['SHN', 'Saint Helena, Ascension and Tristan da Cunha'],
  ['KNA', 'Saint Kitts and Nevis'],
  ['LCA', 'Saint Lucia'],
  ['MAF', 'Saint Martin (French part)'],
  ['SPM', 'Saint Pierre and Miquelon'],
  ['VCT', 'Saint Vincent and the Grenadines'],
  ['WSM', 'Samoa'],
  ['SMR', 'San Marino'],
  ['STP', 'Sao Tome and Principe'],
  ['SAU', 'Saudi Arabia'],
  ['SEN', 'Senegal'],
  ['SRB', 'Serbia'],
  ['SYC', 'Seychelles'],
  ['SLE', 'Sierra Leone'],
  ['SGP', 'Singapore'],
  ['SXM', 'Sint Maarten (Dutch part)'],
  ['SVK', 'Slovakia'],
  ['SVN', 'Slovenia'],
  ['SLB', 'Solomon Islands'],
  ['SOM', 'Somalia'],
  ['ZAF', 'South Africa'],
  ['SGS', 'South Georgia and the South Sandwich Islands'],
  ['SSD', 'South Sudan'],
  ['ESP', 'Spain'],
  ['LKA', 'Sri Lanka'],
  ['SDN', 'Sudan'],
  ['SUR', 'Suriname'],
  ['SJM', 'Svalbard and Jan Mayen'],
  ['SWE', 'Sweden'],
  ['CHE', 'Switzerland'],
  ['SYR', 'Syrian Arab Republic'],
  ['TWN', 'Taiwan, Province of China'],
  ['TJK', 'Tajikistan'],
  ['TZA', 'Tanzania, United Republic of'],
  ['THA', 'Thailand'],
  ['TLS', 'Timor-Leste'],
  ['TGO', 'Togo'],
  ['TKL', 'Tokelau'],
  ['TON', 'Tonga'],
  ['TTO', 'Trinidad and Tobago'],
  ['TUN', 'Tunisia'],
  ['TUR', 'Türkiye'],
  ['TKM', 'Turkmenistan'],
  ['TCA', 'Turks and Caicos Islands'],
  ['TUV', 'Tuvalu'],
  ['UGA', 'Uganda'],
  ['UKR', 'Ukraine'],
  ['ARE', 'United Arab Emirates'],
  ['GBR', 'United Kingdom of Great Britain and Northern Ireland'],
  ['USA', 'United States of America'],
  ['UMI', 'United States Minor Outlying Islands'],
  ['URY', 'Uruguay'],
  ['UZB', 'Uzbekistan'],
  ['VUT', 'Vanuatu'],
  ['VEN', 'Venezuela (Bolivarian Republic of)'],
  ['VNM', 'Viet Nam'],
  ['VGB', 'Virgin Islands (British)'],
  ['VIR', 'Virgin Islands (U.S.)'],
  ['WLF', 'Wallis and Futuna'],
  ['ESH', 'Western Sahara'],
  ['YEM', 'Yemen'],
  ['ZMB', 'Zambia'],
  ['ZWE', 'Zimbabwe'],
]

/** Doc 9303 Part 3 codes outside ISO 3166-1, plus codes seen in practice (reference §1.5). */
const NON_ISO_CODES: readonly StateCodeEntry[] = [
  // Germany is the only state with a one-letter code; the MRZ pads it to 'D<<'.
  { code: 'D', name: 'Germany', kind: 'state', isoState: 'DEU' },

  // British nationality classes other than British citizen (GBR).
  { code: 'GBD', name: 'British Overseas Territories Citizen', kind: 'british-variant', isoState: 'GBR' },
  { code: 'GBN', name: 'British National (Overseas)', kind: 'british-variant', isoState: 'GBR' },
  { code: 'GBO', name: 'British Overseas Citizen', kind: 'british-variant', isoState: 'GBR' },
  { code: 'GBP', name: 'British Protected Person', kind: 'british-variant', isoState: 'GBR' },
  { code: 'GBS', name: 'British Subject', kind: 'british-variant', isoState: 'GBR' },

  // Reserved by the ISO 3166 Maintenance Agency for the EU laissez-passer.
  { code: 'EUE', name: 'European Union', kind: 'organisation' },

  // United Nations documents.
  { code: 'UNO', name: 'United Nations Organization or one of its officials', kind: 'organisation' },
  { code: 'UNA', name: 'Specialized agency of the United Nations or one of its officials', kind: 'organisation' },
  { code: 'UNK', name: 'Resident of Kosovo with a travel document issued by UNMIK', kind: 'organisation' },

  // Other issuing authorities.
  { code: 'XBA', name: 'African Development Bank', kind: 'organisation' },
  { code: 'XIM', name: 'African Export-Import Bank', kind: 'organisation' },
  { code: 'XCC', name: 'Caribbean Community', kind: 'organisation' },
  { code: 'XCE', name: 'Council of Europe', kind: 'organisation' },
  { code: 'XCO', name: 'Common Market for Eastern and Southern Africa', kind: 'organisation' },
  { code: 'XEC', name: 'Economic Community of West African States', kind: 'organisation' },
  { code: 'XPO', name: 'International Criminal Police Organization (INTERPOL)', kind: 'organisation' },
  { code: 'XES', name: 'Organisation of Eastern Caribbean States', kind: 'organisation' },
  { code: 'XOM', name: 'Sovereign Military Order of Malta', kind: 'organisation' },
  { code: 'XDC', name: 'Southern African Development Community', kind: 'organisation' },

  // No defined nationality. XXA, not XAA: rakibdevs/mrz-parser#16 shipped that typo.
  { code: 'XXA', name: 'Stateless person (1954 Convention)', kind: 'special-nationality' },
  { code: 'XXB', name: 'Refugee (1951 Convention, 1967 Protocol)', kind: 'special-nationality' },
  { code: 'XXC', name: 'Refugee (other than XXB)', kind: 'special-nationality' },
  { code: 'XXX', name: 'Person of unspecified nationality', kind: 'special-nationality' },

  // Fictitious issuer of the ICAO specimens ('XXX' also appears on visa specimens, see above).
  { code: 'UTO', name: 'Utopia', kind: 'specimen' },

  // Withdrawn codes that may still appear on old documents.
  { code: 'ANT', name: 'Netherlands Antilles', kind: 'deprecated' },
  { code: 'NTZ', name: 'Neutral Zone', kind: 'deprecated' },

  // Kosovo is not in ISO 3166-1; these are used in practice (RKS on Kosovo's own passports).
  { code: 'RKS', name: 'Kosovo', kind: 'non-icao' },
  { code: 'XXK', name: 'Kosovo', kind: 'non-icao' },
]

export const STATE_CODES: readonly StateCodeEntry[] = [
  ...ISO_3166_STATES.map(([code, name]): StateCodeEntry => ({ code, name, kind: 'state' })),
  ...NON_ISO_CODES,
]

const ENTRY_BY_CODE: ReadonlyMap<string, StateCodeEntry> = new Map(STATE_CODES.map((entry) => [entry.code, entry]))

/**
 * The table key for a code as read: trimmed, upper case, trailing '<' fillers removed.
 * So 'D<<', 'D<' and 'D' all give 'D'. Existence is not checked (see lookupStateCode).
 */
export function normaliseStateCode(code: string): string {
  return code.trim().toUpperCase().replace(/<+$/, '')
}

/** The table entry for an MRZ issuer or nationality code ('D', 'D<<', 'GBN', …), or null if unknown. */
export function lookupStateCode(code: string): StateCodeEntry | null {
  return ENTRY_BY_CODE.get(normaliseStateCode(code)) ?? null
}

/**
 * ISO 3166-1 alpha-3 of the state a code stands for: 'D' → 'DEU', 'GBN' → 'GBR', 'FRA' → 'FRA'.
 * Null for unknown codes and for codes that are no state (organisations, XXA…, UTO, ANT, Kosovo codes).
 */
export function isoStateOfCode(code: string): string | null {
  const entry = lookupStateCode(code)
  if (entry === null) return null
  if (entry.kind !== 'state' && entry.kind !== 'british-variant') return null
  return entry.isoState ?? entry.code
}
