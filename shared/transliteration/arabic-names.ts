// Common Arabic, Persian and Urdu given and family names in Arabic script, with the Latin
// spelling lists and documents most often use. Unvowelled Arabic script does not say which short
// vowels a name has (عمر is OMAR, UMAR; محمد MOHAMMED, MUHAMMAD…), so a letter-by-letter
// transliteration (arabic-script.ts) cannot reach the Latin forms reliably: a known name is looked
// up here and becomes its usual Latin spelling, which the spelling families (name-families.ts)
// then match with every other romanisation of it.
//
// DATA: one 'script=LATIN' pair per entry, entries separated by spaces or new lines. Keys are
// written as usual; lookups fold the letter forms that vary between Arabic, Persian and Urdu
// spelling (أ إ آ → ا, ى → ي, ی → ي, ک → ك, ة → ه, diacritics dropped: see arabic-script.ts), so
// فاطمة and فاطمه, حسين and حسین are one key. Family names are listed WITHOUT the article ال:
// it is taken off before the lookup (الزعبي → زعبي → ZOUBI) and offered back as ALZOUBI.
// The Latin form should be a spelling in the name's spelling family where it has one.

export const ARABIC_SCRIPT_NAMES = `
محمد=MOHAMMED أحمد=AHMED محمود=MAHMOUD مصطفى=MUSTAFA علي=ALI عمر=OMAR عثمان=OTHMAN خالد=KHALED
خليل=KHALIL يوسف=YOUSSEF يونس=YOUNES إبراهيم=IBRAHIM إسماعيل=ISMAIL إسحاق=ISHAQ يعقوب=YAQUB موسى=MUSA
عيسى=ISSA سليمان=SULEIMAN داود=DAOUD حسن=HASSAN حسين=HUSSEIN عباس=ABBAS جعفر=JAFAR صالح=SALEH
صلاح=SALAH سعيد=SAID سعد=SAAD سعود=SAUD فهد=FAHD فيصل=FAISAL ناصر=NASSER منصور=MANSOUR طارق=TARIQ
وليد=WALID ياسر=YASSER ياسين=YASSIN زياد=ZIAD زيد=ZAID رشيد=RASHID راشد=RASHED حامد=HAMID حميد=HAMID
حمد=HAMAD حمزة=HAMZA بلال=BILAL جمال=JAMAL كمال=KAMAL كريم=KARIM عادل=ADEL عماد=IMAD إياد=IYAD
أيمن=AYMAN أنور=ANWAR نور=NOUR أمير=AMIR أمين=AMIN أسامة=OSAMA أنس=ANAS أيوب=AYOUB بسام=BASSAM
باسم=BASSEM بشار=BASHAR بكر=BAKR جابر=JABER جلال=JALAL جميل=JAMIL حاتم=HATEM حازم=HAZEM حافظ=HAFIZ
حبيب=HABIB حكيم=HAKIM حمدي=HAMDI رامي=RAMI رمزي=RAMZI رائد=RAED رضا=REZA رياض=RIAD زكريا=ZAKARIA
زهير=ZUHAIR سامي=SAMI سامر=SAMER سمير=SAMIR سلمان=SALMAN سلطان=SULTAN سليم=SALIM سهيل=SUHAIL سيف=SAIF
شادي=SHADI شريف=SHARIF شاكر=SHAKER شوقي=SHAWQI صابر=SABER صادق=SADIQ صفوان=SAFWAN طاهر=TAHER
طلال=TALAL عامر=AMER عبدالله=ABDULLAH عبدالرحمن=ABDULRAHMAN عبدالعزيز=ABDULAZIZ عبدالكريم=ABDULKARIM
عبدالقادر=ABDELKADER عبدالرحيم=ABDULRAHIM عبدالحميد=ABDULHAMID عبدالمجيد=ABDULMAJID عبدالرزاق=ABDULRAZZAQ
عزيز=AZIZ عصام=ISSAM علاء=ALAA عمار=AMMAR غسان=GHASSAN فادي=FADI فارس=FARES فاروق=FAROUK فؤاد=FOUAD
فريد=FARID فتحي=FATHI قاسم=QASIM قيس=QAIS كاظم=KAZEM ماجد=MAJID مجيد=MAJID مالك=MALIK مازن=MAZEN
مراد=MURAD مروان=MARWAN مهدي=MAHDI منير=MOUNIR مهند=MUHANNAD نبيل=NABIL نادر=NADER نزار=NIZAR
نعيم=NAIM نديم=NADIM هاني=HANI هشام=HISHAM هيثم=HAITHAM وائل=WAEL وسيم=WASSIM يحيى=YAHYA يزيد=YAZID
إدريس=IDRIS إلياس=ILYAS الياس=ILYAS أكرم=AKRAM أشرف=ASHRAF أسعد=ASAD عدنان=ADNAN عارف=AREF آصف=ASIF
جواد=JAWAD مرتضى=MORTEZA مجتبى=MOJTABA رحيم=RAHIM رحمن=RAHMAN غلام=GHOLAM حيدر=HAIDAR شمس=SHAMS
عرفان=IRFAN عمران=IMRAN فرهاد=FARHAD بهروز=BEHROUZ بابك=BABAK داريوش=DARIUSH كوروش=KOUROSH
امید=OMID مسعود=MASOUD محسن=MOHSEN جمشید=JAMSHID کامران=KAMRAN پرویز=PARVIZ رامین=RAMIN شاهین=SHAHIN
علیرضا=ALIREZA محمدرضا=MOHAMMADREZA نیما=NIMA احسان=EHSAN وحید=VAHID سجاد=SAJJAD میلاد=MILAD
آرش=ARASH بهنام=BEHNAM سیامک=SIAMAK فرشاد=FARSHAD شهرام=SHAHRAM کاوه=KAVEH پیمان=PEYMAN پویا=POUYA
اکبر=AKBAR اصغر=ASGHAR باقر=BAGHER هاشم=HASHEM مصطفي=MUSTAFA عبد=ABD أبو=ABU بن=BIN ابن=IBN بنت=BINT
ولد=OULD الله=ALLAH آل=AL شيخ=SHEIKH حاج=HAJJI
فاطمة=FATIMA عائشة=AISHA خديجة=KHADIJA زينب=ZAINAB مريم=MARYAM آمنة=AMINA ليلى=LAYLA نادية=NADIA
هدى=HUDA سارة=SARA سلمى=SALMA أسماء=ASMA رانيا=RANIA ريم=REEM ياسمين=YASMIN دينا=DINA رنا=RANA
منى=MONA هبة=HIBA إيمان=IMAN سميرة=SAMIRA جميلة=JAMILA كريمة=KARIMA حليمة=HALIMA لبنى=LUBNA نوال=NAWAL
سعاد=SOUAD وفاء=WAFA زهرة=ZAHRA شيرين=SHIRIN نسرين=NASRIN پریسا=PARISA مهسا=MAHSA نرگس=NARGES
رؤيا=ROYA مینا=MINA نورة=NOURA أمل=AMAL حنان=HANAN رقية=RUQAYYA حفصة=HAFSA
عمري=OMARI زعبي=ZOUBI تميمي=TAMIMI حداد=HADDAD خطيب=KHATIB نجار=NAJJAR مصري=MASRI شامي=SHAMI
حلبي=HALABI بغدادي=BAGHDADI هاشمي=HASHEMI حسيني=HUSSEINI قحطاني=QAHTANI غامدي=GHAMDI زهراني=ZAHRANI
شمري=SHAMMARI عتيبي=OTAIBI مطيري=MUTAIRI دوسري=DOSARI حربي=HARBI عنزي=ANAZI شهري=SHEHRI قرشي=QURAISHI
خوري=KHOURY سيد=SAYED رضایی=REZAEI احمدی=AHMADI محمدی=MOHAMMADI کریمی=KARIMI رحیمی=RAHIMI
موسوی=MOUSAVI جعفری=JAFARI قاسمی=GHASEMI صادقی=SADEGHI کاظمی=KAZEMI حیدری=HEIDARI نوری=NOURI
عباسی=ABBASI باقری=BAGHERI نجفی=NAJAFI اکبری=AKBARI شریفی=SHARIFI یوسفی=YOUSEFI طاهری=TAHERI
رستمی=ROSTAMI صالحی=SALEHI ابراهیمی=EBRAHIMI مرادی=MORADI امینی=AMINI خان=KHAN صديقي=SIDDIQUI
قريشي=QURESHI چوہدری=CHAUDHRY بٹ=BUTT اعوان=AWAN زيدي=ZAIDI نقوي=NAQVI رضوي=RIZVI انصاري=ANSARI
بكري=BAKRI عثماني=OTHMANI منصوري=MANSOURI علوي=ALAOUI إدريسي=IDRISSI تازي=TAZI فاسي=FASSI
بناني=BENNANI برادة=BERRADA طرابلسي=TRABELSI جبالي=JEBALI غربي=GHARBI حمامي=HAMMAMI وزاني=OUAZZANI
خطيبي=KHATIBI عطار=ATTAR صباغ=SABBAGH سويدي=SUWAIDI كعبي=KAABI نعيمي=NUAIMI مري=MARRI كبيسي=KUBAISI
جبوري=JUBOURI دليمي=DULAIMI عبيدي=OBAIDI تكريتي=TIKRITI أسد=ASSAD الأسد=ASSAD حريري=HARIRI
`
