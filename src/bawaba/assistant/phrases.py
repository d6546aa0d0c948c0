"""The assistant's cue lists, per purpose, in French, Arabic, Darija (both scripts), English, Spanish.

Lists name kinds of request, never particular services: they must hold for any catalog.
"""

from __future__ import annotations

from bawaba.assistant.cues import Cues

# -- which field of a procedure the question is about ----------------------------------------

COST = Cues("cost", [
    "combien coute*", "combien ca coute", "coute combien", "c est combien", "cout*", "prix", "tarif*", "frais", "montant",
    "gratuit*", "payant*", "a payer", "faut il payer", "droit de timbre",
    "how much", "cost*", "price", "fee", "fees", "is it free", "pay for",
    "cuanto cuesta", "cuesta", "precio", "coste", "costo", "tasa", "tasas", "gratis",
    "كم ثمن", "كم تكلف*", "كم سعر", "تكلف*", "ثمن", "رسوم", "مبلغ", "مجان*", "بكم", "كم يكلف",
    "بشحال", "شحال كيسوا", "شحال خاص نخلص", "التمن", "تمن",
    "bch7al", "b ch7al", "bchhal", "ch7al kaydir", "ch7al khass nkhless", "ch7al kaytkhlles",
    "taman", "tamane",
])  # fmt: skip
DOCUMENTS = Cues("documents", [
    "document*", "piece*", "papier*", "justificatif*", "a fournir", "quoi fournir", "dossier a",
    "constituer le dossier", "composition du dossier", "what documents", "papers", "paperwork",
    "requirements", "required documents", "what do i need", "documentos", "papeles", "requisitos",
    "وثائق", "الوثائق", "مستندات", "أوراق", "الأوراق", "الملف المطلوب", "مكونات الملف",
    "الوراق", "وراق", "اوراق", "شنو خاصني", "شنو خاص", "lwra9", "lwraq", "wra9", "wraq",
    "lwra9i", "lwara9", "lwra9a", "lwraqi", "chno khassni", "chno khass", "ach khassni",
])  # fmt: skip
DELAY = Cues("delay", [
    "delai*", "combien de temps", "duree", "prend combien", "en combien de temps",
    "how long", "processing time", "how many days", "when will", "cuanto tiempo", "plazo*",
    "tarda*", "demora*", "مدة", "المدة", "آجال", "كم من الوقت", "كم يستغرق",
    "شحال ديال الوقت", "شحال كتاخد", "شحال كياخد", "فوقاش", "امتى", "إمتى",
    "ch7al dyal lwe9t", "ch7al dl w9t", "ch7al dyal lw9t", "ch7al katakhod", "ch7al kayakhod",
    "imta twjed", "imta tkhrej",
])  # fmt: skip
WHERE = Cues("where", [
    "ou deposer", "ou faire", "ou aller", "ou m adresser", "ou s adresser", "ou se trouve",
    "a quel endroit", "quel bureau", "quelle administration", "aupres de qui", "a qui m adresser",
    "where", "which office", "donde", "a donde", "que oficina", "أين", "اين", "أي إدارة",
    "اي ادارة", "مكان", "الجهة المختصة", "فين", "منين", "fin nmchi", "fin ndir", "fin ymchi",
    "fin kayn", "fin n9dr", "fin ndepose", "fin nqdr", "ina idara",
])  # fmt: skip
ONLINE = Cues("online", [
    "en ligne", "internet", "site", "site web", "lien", "plateforme", "sans se deplacer",
    "online", "website", "link", "en linea", "pagina web", "enlace", "عبر الإنترنت",
    "الانترنت", "الإنترنت", "موقع", "رابط", "عن بعد", "أونلاين", "اونلاين", "لانترنيت",
    "f internet", "f site", "lien", "anline", "onlayn", "f tilifoun",
])  # fmt: skip
STEPS = Cues("steps", [
    "etapes", "les etapes", "comment faire", "marche a suivre", "steps", "how to", "how do i",
    "pasos", "como hacer", "المراحل", "الخطوات", "المسطرة", "كيف", "كيفاش", "kifach", "kifash",
    "chno lmastara", "lmasatir",
])  # fmt: skip
FIELDS = (COST, DOCUMENTS, DELAY, WHERE, ONLINE)

# -- variants that set sibling procedures apart ---------------------------------------------

FIRST = Cues("first", [
    "premiere demande", "premiere fois", "premier*", "premiere", "nouvelle demande", "obtenir",
    "first", "first time", "new", "primera", "primer", "por primera vez", "الطلب الأول",
    "لأول مرة", "أول مرة", "اول مرة", "أول", "الأولى", "awel mera", "awel merra", "awl mra",
    "lawla", "اول", "jamais eu", "never had", "ما عمري", "ma 3mmri", "ma3ndich", "ma 3ndich",
])  # fmt: skip
RENEWAL = Cues("renewal", [
    "renouvel*", "expir*", "perime*", "fin de validite", "plus valide", "renew*", "out of date",
    "renov*", "caduc*", "vencid*", "تجديد", "تجدد", "انتهاء الصلاحية", "منتهي*", "انتهت",
    "المنتهية", "صلاحيت*", "tjdid", "njded", "nejded", "njdd", "jded", "jadad", "salat", "sala",
    "t9adat", "نجدد", "سالات", "تسالات", "تقادات", "سالا",
])  # fmt: skip
LOSS = Cues("loss", [
    "perte", "perdu*", "vol", "vole", "volee", "voles", "egare*", "duplicata", "deterior*",
    "lost", "lose", "stolen", "theft", "replacement", "duplicate", "damaged", "perdi*", "robad*",
    "robo", "extravi*", "duplicado", "ضياع", "ضاع*", "فقدان", "فقدت", "سرقة", "سرق*", "تلف*",
    "نظير", "تسرق*", "مشات", "تودر*", "tlef", "tlfat", "tlfet", "ttlf", "mchat", "tsr9at",
    "tsre9", "tsra9", "sr9o", "sr9ouli", "twdrat", "twder", "ttwdr", "dayez",
])  # fmt: skip
MINOR = Cues("minor", [
    "mineur*", "enfant*", "fils", "fille", "bebe", "minor", "minors", "child", "children",
    "my son", "our son", "a son", "daughter", "kid*", "baby", "menor*", "hijo*", "hija*", "nino*", "قاصر*", "طفل*", "أطفال",
    "ابني", "ابنتي", "ولدي", "بنتي", "ولادي", "الصغير", "الدراري", "weldi", "wldi", "wlidi",
    "bnti", "benti", "lwlad", "wladi", "drari", "sghir", "sghira", "lbent",
])  # fmt: skip
ABROAD = Cues("abroad", [
    "etranger", "a l etranger", "mre", "consulat*", "hors du maroc", "abroad", "consulate",
    "outside morocco", "extranjero", "consulado", "fuera de marruecos", "الخارج", "بالخارج",
    "القنصلية", "قنصلية", "مغاربة العالم", "lkharij", "l5arij", "brra", "lbarra", "القونصلية",
    "لقنصلية", "consula",
])  # fmt: skip
CHANGE = Cues("change", [
    "changement", "modification", "mise a jour", "changer", "modifier", "corriger", "rectif*",
    "change", "update", "modify", "correct", "cambio", "cambiar", "actualiz*", "modific*",
    "تغيير", "تحيين", "تعديل", "تصحيح", "تحديث", "tbdil", "nbdel", "nbdl", "bdel", "bdelt",
    "bdlt", "tbdl", "بدلت", "نبدل", "تبديل", "نصحح",
])  # fmt: skip
VARIANTS = (FIRST, RENEWAL, LOSS, MINOR, ABROAD, CHANGE)

# -- conversation ---------------------------------------------------------------------------

GREETING = Cues("greeting", [
    "bonjour", "bonsoir", "salut", "coucou", "salam", "slm", "salamo alaykom", "salam alaykom",
    "salam alikom", "assalamu alaikum", "السلام عليكم", "سلام", "مرحبا", "أهلا", "اهلا",
    "صباح الخير", "مساء الخير", "hello", "hi", "hey", "good morning", "good evening", "hola",
    "buenos dias", "buenas tardes", "buenas", "labas", "la bas", "kidayr", "kidayra", "kidayrin",
    "لاباس", "كيداير", "كيدايرة", "ca va", "comment ca va", "comment allez vous", "how are you",
    "que tal", "como estas", "كيف حالك", "ahlan", "marhba", "mar7ba", "alo", "allo",
])  # fmt: skip
THANKS = Cues("thanks", [
    "merci", "merci beaucoup", "شكرا", "chokran", "choukran", "shukran", "thanks", "thank you",
    "gracias", "baraka allah fik", "barakallahoufik", "الله يخليك", "bye", "au revoir",
    "beslama", "bslama", "بسلامة", "مع السلامة", "adios", "hasta luego", "ok", "d accord",
    "parfait", "top", "super", "مزيان", "واخا", "wakha", "safi", "صافي",
])  # fmt: skip
POLITE = Cues("polite", [
    "svp", "s il vous plait", "s il te plait", "stp", "3afak", "afak", "3afakom", "عفاك",
    "عافاك", "من فضلك", "please", "pls", "por favor", "lah yrham lwalidin", "الله يرحم الوالدين",
    "llah yjazik bikhir", "svp merci",
])  # fmt: skip
CHIT_CHAT = Cues("chit_chat", [
    "qui es tu", "tu es qui", "t es qui", "c est quoi ton nom", "tu t appelles comment",
    "who are you", "what are you", "are you a robot", "are you human", "your name",
    "quien eres", "como te llamas", "chkoun nta", "chkon nta", "chkoun nti", "شكون نتا",
    "شكون انت", "من أنت", "من انت", "ما اسمك", "je t aime", "i love you", "te quiero",
    "raconte moi", "une blague", "blague*", "joke*", "chiste*", "nokta", "nokat", "نكتة", "نكت",
    "poeme", "poem", "poema", "قصيدة", "chante", "sing", "how old are you", "tu as quel age",
    "tu vas bien", "je m ennuie", "i am bored", "m9elle9", "كنضحك", "hahaha", "lol", "mdr",
])  # fmt: skip

# -- what a portal of procedures does not do ------------------------------------------------

# Requests no procedure answers, whatever words come with them (unless an ADMIN word does).
OFF_TOPIC = Cues("off_topic", [
    # cooking
    "recette de", "recette du", "recettes", "recette facile", "recipe*", "receta*", "وصفة",
    "وصفات", "cuisiner", "to cook", "cook a", "cocinar", "طبخ", "طريقة تحضير", "كيفاش نصاوب",
    "tajine", "couscous", "msemen", "harira", "baghrir", "pastilla", "chebakia", "طاجين",
    "الطاجين", "كسكس", "الكسكس", "حريرة", "الحريرة", "البغرير", "مسمن", "l7rira", "tagine",
    "cuscus",
    # weather
    "meteo", "quel temps", "weather", "forecast", "el tiempo", "que tiempo", "clima", "الطقس",
    "أحوال الجو", "حالة الجو", "ljaw", "ljew", "الجو غدا", "غادي تشتي", "ghadi tchti",
    # sport
    "match", "matchs", "partido", "football", "كرة القدم", "المباراة", "الماتش", "lmatch",
    "mountakhab", "lmountakhab", "المنتخب", "coupe du monde", "world cup", "botola", "lkas",
    "ronaldo", "messi", "raja", "wydad", "مونديال", "le score", "scored", "كأس العالم",
    "بكأس",
    # markets
    "taux de change", "cours de l euro", "cours du dollar", "exchange rate", "tipo de cambio",
    "سعر صرف", "سعر الصرف", "bitcoin", "crypto*", "prix de l or", "سعر الذهب", "داير الأورو",
    "dayr l euro", "bourse de casablanca", "stock market", "البورصة",
    # entertainment
    "netflix", "musique", "chanson", "song", "فيلم", "أفلام", "مسلسل", "أغنية", "horoscope",
    "film", "films", "pelicula*",
    # personal medical advice
    "quel medicament", "what medicine", "which medicine", "medicine should", "que medicamento",
    "دواء", "شنو ناخد", "chno nakhod", "ach nakhod", "cream should", "quelle creme",
    # general knowledge and writing
    "capitale de", "capital of", "عاصمة", "explique moi", "explain", "photosynth*",
    "programmation", "programming", "python", "البرمجة", "traduis", "translate", "traduce",
    "ترجم", "equation", "ecris moi", "write me", "اكتب لي", "escribe",
    # private products and recommendations
    "recommand*", "recommend*", "recomiend*", "conseille moi", "conseillez moi", "suggest*",
    "banque privee", "private bank", "compte bancaire", "bank account", "cuenta bancaria",
    "حساب بنكي", "حساب للادخار", "compagnie d assurance", "شركة تأمين", "insurance company",
    "compania de seguros", "seguro de salud privado", "assurance auto", "car insurance",
    "operateur internet", "internet operator", "fibre optique",
    # social media, celebrities, gifts
    "youtube", "tiktok", "instagram", "يوتيوب", "تيك توك", "richest", "plus riche", "celebrit*",
    "idees de cadeau", "gift ideas", "ideas de regalo", "cadeau pour", "هدية", "cadeau l",
    "who won", "qui a gagne", "quien gano", "من فاز", "chkoun rbe7", "شكون ربح", "la liga",
])  # fmt: skip
# Businesses and trips: off topic too, unless the question is about opening one.
COMMERCE = Cues("commerce", [
    "hotel*", "فندق", "فنادق", "restaurant*", "restaurante*", "مطعم", "مطاعم", "cafe", "كافي",
    "plage*", "beach*", "playa*", "شاطئ", "billet d avion", "vol pas cher", "flight*", "vuelo*",
    "ferry", "timetable", "مواعيد القطار", "smartphone", "laptop", "ordinateur portable",
    "هاتف ذكي", "promo*", "soldes", "alquiler de coches", "location de voiture", "car rental",
    "surf*",
])  # fmt: skip
# Weak signs of a consumer, leisure or health question: decided together with retrieval scores.
LEISURE = Cues("leisure", [
    "meilleur*", "best", "mejor*", "أفضل", "احسن", "أحسن", "a7san", "ahsan", "mzyan", "مزيان",
    "pas cher", "cheap*", "barato*", "رخيص", "horaire*", "horario*", "fievre", "fever",
    "headache", "symptom*", "mal a la tete", "mal a la gorge", "السخانة", "الكحة", "lko77a",
    "الصداع", "tourisme", "tourist*", "turismo", "portable", "تيليفون", "telephone", "phone",
    "acheter", "buy", "comprar", "نشري", "nchri", "شراء", "cadeau", "gift", "regalo",
    "chien", "chat", "dog", "cat", "perro", "gato", "كلب", "قط", "kelb", "mech",
    "reparer", "repair", "fix", "arreglar", "نصلح", "أصلح", "اصلاح", "nsl7", "moteur", "motor",
    "الموطور", "lmotor", "wifi", "guitar*", "guitare", "perdre du poids", "lose weight",
    "maigrir", "regime", "vetements", "ropa", "clothes", "pack for", "apprendre a jouer",
    "learn to play", "aprender a tocar", "appartement a louer", "a vendre", "for sale",
    "en venta", "للبيع", "للكراء", "offres d emploi", "job offers", "ofertas de empleo",
])  # fmt: skip
OPENING = Cues("opening", [
    "ouvrir", "ouverture", "creer", "open a", "start a", "abrir", "montar", "فتح", "نفتح",
    "نحل", "إنشاء", "nft7", "n7el", "nfte7", "installer", "exploiter", "gerer",
])  # fmt: skip
# Words of administrative procedures: a question holding one is about a procedure even when
# it also names a restaurant, a film or a bank.
ADMIN = Cues("admin", [
    "autorisation", "autoris*", "permis", "licence", "certificat", "attestation", "declar*",
    "inscri*", "immatricul*", "demande", "dossier", "formulaire", "procedure", "demarche*",
    "renouvel*", "administration", "commune", "caidat", "prefecture", "tribunal", "consulat*",
    "cnss", "amo", "impot*", "taxe", "subvention", "aide sociale", "aides", "aide directe",
    "aide au", "allocation", "pension", "legalis*",
    "acte", "extrait", "copie", "registre", "agrement", "homologation", "reclamation", "plainte",
    "carte", "passeport", "cnie", "cin", "visa", "sejour", "douane", "notaire", "adoul*",
    "permit", "license", "licence", "certificate", "registration", "register", "apply",
    "application", "authorization", "authorisation", "tax", "id card", "passport", "residence",
    "procedure", "ministry", "municipality", "court", "subsidy", "grant", "benefit*",
    "permiso", "licencia", "certificado", "registro", "solicitud", "solicitar", "tramite*",
    "impuesto*", "subvencion", "ayuda social", "ayudas", "alguna ayuda", "pasaporte", "documento*",
    "رخصة", "ترخيص", "شهادة", "تصريح", "تسجيل", "طلب", "ملف", "مسطرة", "إجراء*", "الإدارة",
    "إدارة", "الجماعة", "جماعة", "القيادة", "العمالة", "المحكمة", "القنصلية", "الضمان",
    "ضريبة", "الضريبة", "رسم", "دعم", "منحة", "معاش", "تصحيح الإمضاء", "عقد", "نسخة",
    "سجل", "البطاقة", "بطاقة", "جواز", "تأشيرة", "الإقامة", "الجمارك", "المقاطعة",
    "rokhsa", "lrokhsa", "wra9", "lwra9", "lwraq", "dossier", "lmo9ata3a", "lmoqata3a",
    "l9iyada", "jama3a", "ljama3a", "da3m", "dariba", "lbitaka", "la carte", "lpermis",
    "lpaspor", "passpor", "tasjil", "chahada", "l7ala lmadaniya", "social security",
    "securite sociale", "seguridad social", "association", "asociacion", "جمعي*", "jam3iya",
    "jm3iya", "financement", "funding", "financiacion", "تمويل*", "documents", "papiers",
    "وثائق", "الوثائق", "documentos", "wra9", "lwra9", "paperwork", "papers", "papeles",
])  # fmt: skip
PERSONAL_FILE = Cues("personal_file", [
    "ou en est mon", "ou en est ma", "ou en sont mes", "etat de mon dossier",
    "etat de ma demande", "etat d avancement de mon", "etat d avancement de ma", "suivi de mon dossier",
    "mon dossier numero", "ma demande numero", "mon numero de dossier", "verifier mon dossier",
    "consulter mon dossier",
    "status of my", "where is my application", "where is my file", "is my passport ready",
    "is my card ready", "is my application", "check my application", "track my application",
    "my application number", "look up my", "my file number", "estado de mi solicitud",
    "estado de mi expediente", "donde esta mi solicitud", "esta lista mi", "mi numero de expediente",
    "مآل طلبي", "مآل ملفي", "أين وصل ملفي", "أين وصل طلبي", "اين وصل ملفي",
    "حالة ملفي", "حالة طلبي", "رقم ملفي", "ملفي رقم", "طلبي رقم", "هل بطاقتي جاهزة",
    "هل جوازي جاهز", "فين وصل الملف ديالي", "فين وصل الدوسي ديالي", "واش وجدات", "واش واجدة",
    "واش وجد", "fin wsel dossier dyali", "fin wsel lmelf dyali", "fin wslat", "wach wjdat",
    "wach wajda", "wach wjed", "imta twjed", "wach sala dossier dyali", "dyali wjdat",
    "dyali wajda", "dyali wjed", "ديالي وجدات", "ديالي واجدة", "ديالي وجد",
    "adresse de mon voisin", "address of my neighbour", "casier judiciaire de mon voisin",
    "عنوان جاري",
])  # fmt: skip
LOOKUP = Cues("lookup", [
    "verifier", "verifiez", "consulter", "check", "status", "etat", "suivi", "wach", "هل",
    "trouver", "find", "donnez", "donne moi", "give me", "montre", "show me", "واش", "شوف",
    "chouf", "verifica", "comprueba", "عطيني", "3tini", "tell me",
])  # fmt: skip
LEGAL_ADVICE = Cues("legal_advice", [
    "est ce legal", "est ce que c est legal", "c est legal", "est ce illegal", "c est illegal",
    "vais je gagner", "est ce que je vais gagner", "mes chances", "chances de gagner",
    "dois je porter plainte", "je dois porter plainte", "poursuivre en justice mon",
    "attaquer en justice mon", "conseil juridique", "avis juridique", "que dit la loi sur mon",
    "is it legal", "is this legal", "is that legal", "will i win", "my chances", "should i sue",
    "can i sue", "legal advice", "legal opinion", "es legal", "puedo demandar", "voy a ganar",
    "asesoramiento legal", "consejo legal", "هل هذا قانوني", "هل هو قانوني", "هل من القانوني",
    "هل سأربح", "هل سأكسب", "فرصي في", "استشارة قانونية", "رأيك في قضيتي", "أقاضي",
    "wach 9anouni", "wach qanouni", "واش قانوني", "wach ghadi nrb7", "ghadi nrb7 l9adiya",
    "واش غادي نربح", "نربح القضية", "nrb7 l9adiya", "wach nrf3 3lih d3wa", "واش نرفع عليه دعوى",
])  # fmt: skip
