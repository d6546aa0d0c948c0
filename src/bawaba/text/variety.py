"""Language variety detection: MSA, Darija (both scripts), French, English, Spanish, Tamazight.

Rule-based scoring over hand-written cue lists. Each token adds evidence to the
varieties it points to (function words weigh most, since any sentence has them;
suffixes and letter patterns weigh less); the best score wins. Rules beat a trained
model here because there is no training set for Darija queries, the cues are few and
well known, and every decision can be explained.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from bawaba.text.arabic import normalize_arabic
from bawaba.text.latin import fold_latin_token
from bawaba.text.script import ARAB, LATN, TFNG, ZYYY, dominant_script

FR, EN, ES, AR, ARY_ARAB, ARY_LATN, ZGH, UND = (
    "fr",
    "en",
    "es",
    "ar",
    "ary_arab",
    "ary_latn",
    "zgh",
    "und",
)
# "und" (BCP 47 undetermined) is returned only when the text has no letters at all.
VARIETIES = (FR, EN, ES, AR, ARY_ARAB, ARY_LATN, ZGH, UND)
_TIE_ORDER = (ZGH, ARY_LATN, ARY_ARAB, FR, AR, EN, ES, UND)


@dataclass(frozen=True, slots=True)
class Detection:
    """The detected variety, the script it is written in and a 0-1 confidence."""

    variety: str
    script: str
    confidence: float


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- Latin script -----------------------------------------------------------------
# Darija function words and very frequent verbs, in the usual Arabizi spellings.
_ARY_STRONG = _words(
    """
    bghit bghina bgha bghat bghiti bghaw nbghi kanbghi kifach kifash kifch kifax kfach
    wach wech wash wesh fayn fain feen mnin fach imta foqach fo9ach dyal dial diyal dyali
    diali dyalek dyalk dyalo dyalou dyalha dyalna dyalkom dyalhom chno chnou chnu achno
    achnou chnowa shno chkoun chkon achkoun 3lach alach ch7al chhal sh7al 3afak afak daba
    bzaf bzzaf bezaf bezzaf mazal mazel walo walou kolchi koulchi kayn kayna kaynin kayen
    makaynch machi mashi bach hit 7it hitach 7ta hta m3a m3aya ma3a bla 3la 3liya 3lih
    3ndi 3andi 3ndna 3ndo 3ndha ma3ndich ma3ndi khass khas khassni khasni khassna khasso
    khassha khassk ghadi ghan rah raha rani rak wakha waxa safi ana nta nti ntia 7na
    a7na ntoma homa howa hiya liya lia lya lik lih liha lina lihom hna hnaya temma
    chwiya chwia chi shi hadi hada hadak hadik hadchi hadshi lli elli wla wlla ndir
    ndiro ndirou nmchi ymchi tmchi nakhod nakhd njib nkhrej nkhrjo nsawb njded nbdl
    nsjl nsjjel ntsjjel nkhlles nkhless nchri nbi3 nkhdem n9ra nsafer nskon ntleb
    n9der nchki n3ref nchouf nbda weldi wldi bnti mrati rajli khoya khouya khti baba
    mama drari ddrari wlad lwra9 wra9 lwraq wraq lwra9a tonobil tomobil zwaj tla9 sbitar
    jdid jdida 9dim 9dima fabor fabour flous flouss ghda lyoum 3am chhar ba9i baqi
    iyeh wah mzyan mzian zwin bezzaf f fl fel l b w d mn 3nd 3end
    """
)
# Romanized Arabic nouns of administrative life: Latin-script Arabic is Darija here.
_ARY_CONTENT = _words(
    """
    chahada chahadat rokhsa rokhsat tasjil tsjil tjdid tajdid tbdil tabdil bita9a bita9at
    wathi9a watha2i9 9anoun qanoun mahkama ma7kama jam3iya ta3awniya sokna sakan l7ala
    madaniya zwaj zawaj talaq tla9 wilada ziyada wafat nafaqa nafa9a minha da3m dariba
    tasri7 idara l2idara wizara 9adi qadi 7ukm nuskha ta3wid ta2min tghtiya taghtiya
    chikaya dakhiliya jinsiya i9ama iqama mo3adala tachri3 intikhabat baladiya jama3a
    mo9ata3a qiyada 9iyada 3a9d 3aqd kafala irt mirat wakala tawkil tasdi9 imda2 ajnabi
    7a9 l7a9 mowatin dawla 7okouma charika tijara sina3a fla7a machro3 istithmar
    """
)
# Darija words that are also common in French, English or Spanish: weaker evidence.
_ARY_WEAK = _words("fin men min had li ila o ou la ma ach kan smiya wahd")
_FR_WORDS = _words(
    """
    le la les un une des du de au aux et ou est sont suis ai as avons avez ont je tu il
    elle nous vous ils elles on mon ma mes ton ta tes son sa ses notre nos votre vos leur
    leurs ce cet cette ces qui que quoi quel quelle quels quelles comment pourquoi quand
    combien dans sur sous par pour avec sans chez depuis pendant apres avant entre vers
    pas ne plus mais donc car si tres tout tous toute toutes aussi encore deja bien
    faire fait fais dois doit veux veut peux peut faut etre avoir moi toi lui eux
    y a-t-il quelque chose besoin maroc marocain marocaine marocains mois ans annee jour
    demande dossier documents pieces fournir carte permis papier papiers rendez-vous
    ville commune prix delai frais gratuit renouvellement inscription attestation
    certificat extrait acte naissance mariage deces residence voiture enfant enfants fils
    fille femme mari pere mere travail emploi retraite entreprise societe en ligne
    """
)
_EN_WORDS = _words(
    """
    the a an of to in for and or on with my is are was were be been do does did how
    what where when who which why can could should must need needs want wants get
    from at by have has had not no i we our your you it this that these those there
    they them their his her me us after before about into than then so if just only
    morocco moroccan moroccans apply application online first new free lost renew
    renewal card certificate birth marriage death car child children son daughter wife
    husband father mother work job company tax fee fees office court hospital school
    register registration permit license licence passport documents document year years
    """
)
_ES_WORDS = _words(
    """
    el la los las un una unos unas de del al y e o u en con sin por para que como cuando
    somos tres hermano hermanos donde cual quien es son soy estoy esta estan tengo tiene
    tienen quiero necesito
    puedo puede hay mi mis tu tus su sus nuestro nuestra me te se le lo les ya muy pero
    mas tambien hace desde hasta sobre marruecos marroqui marroquies marroquin ano anos
    mes dias solicitud certificado registro pasaporte carnet coche hijo hija padre madre
    mujer marido empresa trabajo ayuda ayudas pago impuesto impuestos cita gratis nuevo
    """
)
_SUFFIXES: tuple[tuple[str, dict[str, float]], ...] = (
    ("ciones", {ES: 1.5}),
    ("amos", {ES: 1.2}),
    ("emos", {ES: 1.2}),
    ("imos", {ES: 1.2}),
    ("cion", {ES: 1.5}),
    ("sion", {ES: 0.6, FR: 0.3, EN: 0.3}),
    ("dad", {ES: 1.2}),
    ("miento", {ES: 1.5}),
    ("mente", {ES: 1.2}),
    ("ado", {ES: 1.0}),
    ("ados", {ES: 1.0}),
    ("ada", {ES: 0.6}),
    ("idos", {ES: 1.0}),
    ("ido", {ES: 0.8}),
    ("eros", {ES: 1.0}),
    ("ero", {ES: 0.6}),
    ("tions", {FR: 0.5, EN: 0.5}),
    ("tion", {FR: 0.5, EN: 0.5}),
    ("ment", {FR: 0.7, EN: 0.3}),
    ("ments", {FR: 0.8}),
    ("eur", {FR: 1.0}),
    ("eurs", {FR: 1.0}),
    ("euse", {FR: 1.0}),
    ("ique", {FR: 1.0}),
    ("iques", {FR: 1.0}),
    ("aire", {FR: 1.0}),
    ("aires", {FR: 1.0}),
    ("ette", {FR: 0.8}),
    ("eau", {FR: 1.0}),
    ("eaux", {FR: 1.2}),
    ("oir", {FR: 0.8}),
    ("ite", {FR: 0.6}),
    ("ites", {FR: 0.8}),
    ("elle", {FR: 0.8}),
    ("ois", {FR: 0.6}),
    ("ais", {FR: 0.6}),
    ("ee", {FR: 0.6}),
    ("ees", {FR: 0.8}),
    ("er", {FR: 0.4, EN: 0.2}),
    ("ir", {FR: 0.3, ES: 0.3}),
    ("es", {FR: 0.2, ES: 0.2, EN: 0.1}),
    ("os", {ES: 0.5}),
    ("as", {ES: 0.3}),
    ("ar", {ES: 0.4}),
    ("o", {ES: 0.3}),
    ("ing", {EN: 1.2}),
    ("ings", {EN: 1.2}),
    ("ness", {EN: 1.2}),
    ("ship", {EN: 1.2}),
    ("ity", {EN: 1.0}),
    ("ed", {EN: 0.6}),
    ("ly", {EN: 0.6}),
    ("ful", {EN: 1.0}),
    ("less", {EN: 0.8}),
    ("ance", {EN: 0.4, FR: 0.4}),
    ("ence", {EN: 0.4, FR: 0.4}),
    ("iya", {ARY_LATN: 1.0}),
    ("iyat", {ARY_LATN: 1.0}),
)
_ACCENT_CUES: dict[str, dict[str, float]] = {
    "ñ": {ES: 2.0},
    "¿": {ES: 2.0},
    "¡": {ES: 2.0},
    "á": {ES: 1.2},
    "í": {ES: 1.2},
    "ó": {ES: 1.2},
    "ú": {ES: 1.0},
    "é": {FR: 0.8, ES: 0.4},
    "è": {FR: 1.5},
    "ê": {FR: 1.5},
    "ë": {FR: 1.0},
    "à": {FR: 1.2},
    "â": {FR: 1.5},
    "î": {FR: 1.5},
    "ï": {FR: 1.2},
    "ô": {FR: 1.5},
    "û": {FR: 1.5},
    "ù": {FR: 1.5},
    "ç": {FR: 1.2},
    "œ": {FR: 2.0},
}
# Latin Tamazight (IRCAM/Kabyle conventions) uses letters no other variety here does.
_ZGH_LETTERS = frozenset("ɣɛḍḥṛṣṭẓčǧ")
_ZGH_WORDS = _words(
    "azul tanmirt tamazight tamaziɣt amaziɣ imaziɣen tifinagh tifinaɣ ayyur aseggas"
)

_POSSESSIVE = re.compile(r"[a-z]['’]s\b", re.IGNORECASE)
_ELISION = re.compile(r"\b(?:l|d|j|qu|n|s|c|m|t)['’](?=[aeiouyhéèêàâ])", re.IGNORECASE)
_LATIN_TOKEN = re.compile(r"[^\W_]+")
_ARABIZI_DIGIT = re.compile(r"[a-z][2-9]|[2-9][a-z]")
_ORDINAL = re.compile(r"^\d+(?:e|er|ere|eme|emes|nd|rd|th|st|h|km|kg|dh|mad|ans?|mois)$")
_CONSONANT = "bcdfghjklmnpqrstvwxz"
_DARIJA_ONSET = re.compile(
    rf"^(?:[nty][{_CONSONANT}]|l[{_CONSONANT.replace('l', '')}]|kh|gh|ch[{_CONSONANT}])"
)
_DARIJA_VERB = re.compile(r"^(?:ka[nyt]|ta[nyt])[a-z0-9]{3,}$")
_DARIJA_NEGATION = re.compile(r"^ma[a-z0-9]{2,}(?:ch|sh|x)$")
# The MSA verbal-noun pattern taCCiC (tasjil, tajdid, tasri7) romanized.
_TAFIL = re.compile(
    rf"^ta(?:[{_CONSONANT}]|[2-9]|ch|kh|gh){{2}}i(?:[{_CONSONANT}]|[2-9]|ch|kh|gh)$"
)
_FOREIGN_ONSET = re.compile(r"^(?:tr|th|ty|ts|tw|ny|ll|ch[lr]|ltd)")


def detect(text: str) -> Detection:
    """Detect the variety and script of `text`; never raises."""
    script = dominant_script(text)
    if script == TFNG:
        return Detection(ZGH, TFNG, 1.0)
    if script == ZYYY:
        return Detection(UND, ZYYY, 0.0)
    if script == ARAB:
        return _decide(_arabic_scores(text), AR, ARAB)
    return _decide(_latin_scores(text), FR, LATN)


def _decide(scores: dict[str, float], default: str, script: str) -> Detection:
    if not scores or max(scores.values()) <= 0:
        return Detection(default, script, 0.2)
    # On a tie Darija wins: Darija borrows French and MSA words, the reverse is rare.
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], _TIE_ORDER.index(kv[0])))
    best, top = ranked[0]
    total = sum(max(0.0, v) for v in scores.values())
    return Detection(best, script, round(top / (total + 1.0), 3))


def _latin_scores(text: str) -> dict[str, float]:
    scores: dict[str, float] = defaultdict(float)
    lowered = text.lower()
    for char in lowered:
        for variety, weight in _ACCENT_CUES.get(char, {}).items():
            scores[variety] += weight
        if char in _ZGH_LETTERS:
            scores[ZGH] += 2.0
    scores[FR] += 1.5 * len(_ELISION.findall(text))
    scores[EN] += 1.5 * len(_POSSESSIVE.findall(text))
    previous = ""
    # Elided articles are French evidence already; as tokens, "l" and "d" would read as Darija.
    for raw in _LATIN_TOKEN.findall(_ELISION.sub(" ", lowered)):
        token = fold_latin_token(raw)
        for variety, weight in _latin_token_cues(token, previous).items():
            scores[variety] += weight
        previous = token
    return scores


@lru_cache(maxsize=65536)
def _latin_token_cues(token: str, previous: str) -> dict[str, float]:
    cues: dict[str, float] = defaultdict(float)
    if token in _ZGH_WORDS:
        cues[ZGH] += 2.0
    if _ARABIZI_DIGIT.search(token) and not _ORDINAL.match(token):
        cues[ARY_LATN] += 3.0
    if token.isdigit():
        return cues
    known = False
    if token in _ARY_STRONG:
        cues[ARY_LATN] += 2.5
        known = True
    if token in _ARY_CONTENT:
        cues[ARY_LATN] += 1.2
        known = True
    if token in _ARY_WEAK:
        cues[ARY_LATN] += 0.8
        known = True
    for words, variety in ((_FR_WORDS, FR), (_EN_WORDS, EN), (_ES_WORDS, ES)):
        if token in words:
            cues[variety] += 1.0
            known = True
    if previous == "ma" and len(token) > 3 and token.endswith(("ch", "sh")):
        cues[ARY_LATN] += 2.0  # Darija negation "ma ... ch"
    if known or len(token) < 3:
        return cues
    if _DARIJA_NEGATION.match(token) or _DARIJA_VERB.match(token) or _TAFIL.match(token):
        cues[ARY_LATN] += 1.5
    elif _DARIJA_ONSET.match(token) and not _FOREIGN_ONSET.match(token):
        cues[ARY_LATN] += 1.2
    if len(token) >= 5:
        for suffix, weights in _SUFFIXES:
            if token.endswith(suffix):
                for variety, weight in weights.items():
                    cues[variety] += weight
                break
    return cues


# --- Arabic script ------------------------------------------------------------------
# Written here in normalized form (see normalize_arabic): ا for أ/إ, ي for ى, ه for ة.
_DARIJA_ARABIC = _words(
    normalize_arabic(
        """
        بغيت بغينا بغا بغات بغيتي بغاو نبغي كنبغي كيفاش فين منين واش ديال ديالي ديالك
        ديالو ديالها ديالنا ديالكم ديالهم شنو اشنو آش شكون علاش شحال عافاك عفاك دابا دبا
        بزاف شوية مازال والو كلشي كاين كاينة كاينين ماكاينش ماشي باش حيت حتاش معايا معاه
        بلا عندي عندنا ماعنديش خاص خاصني خاصنا خاصو خاصها خاصك غادي غا راه راها راني واخا
        صافي نتا نتي حنا احنا نتوما هوما ليا ليك ليه ليها لينا ليهم هنايا تما هاد هادي هادا
        هاداك هاديك هادشي اللي شي بلاصة دراري الدراري ولدي بنتي مراتي راجلي خويا ختي بابا
        ماما الوراق وراق البيرمي الباسبور باسبور لاكارط الكارط الطوموبيل طوموبيل الطونوبيل
        السبيطار سبيطار فابور الفلوس فلوس مزيان زوين جوج تاني ديما دغيا نديرو ندير نمشي
        نخرج نصاوب نجدد نبدل نسجل نخلص نشري نبيع نخدم نقرا نسافر نسكن نطلب نقدر نشكي نعرف
        نشوف نلقى ناخد نجيب كيعطي كيدار كتخرج كنقلب واحد حتى الكريدي كريدي الباطرون
        الزنقة زنقة الحومة العروبية الدوار الكناش لابيلانس نمرة السيمانة سيمانة فلوسي
        ديالهوم عطيني عطاني جاني جاتني تزاد تسرق ضاع تلف تقاضات سالات البارح غدوة دابا
        شحال بحال كيفما فاش ملي قبل ما ولا الضو الما خدام خدامة الخدمة خدمة الحانوت حانوت
        تصاور التصاور الدوسي دوسي الديبلوم الفيزا الكونطرا لاكارط الباك الليسي فالمغرب
        """
    )
)
# MSA function words and constructions that Darija avoids.
_MSA_ARABIC = _words(
    normalize_arabic(
        """
        هل ماذا لماذا كيف أين متى الذي التي الذين اللذين اللواتي هذا هذه ذلك تلك هؤلاء
        إلى لدى لدي لدينا لديه لديها منذ يجب ينبغي أريد نريد يريد تريد أود أرغب أحتاج
        نحتاج يحتاج تحتاج يمكن يمكنني يمكننا أستطيع نستطيع ليس ليست لست لم لن قد سوف أيضا
        إذا إن أن لكن بل حيث عندما بعد قبل خلال بدون دون غير أي كل جميع بعض أملك لا أملك
        هناك هنا الآن ثم أو أم كان كانت يكون تكون سيتم تم ما هي ما هو كم
        """
    )
)
_AMBIGUOUS_ARABIC = _words(normalize_arabic("كم قبل ما هنا بعد ولا واحد حتى كل أو ثم عندي عندنا"))
_ARY_VERB_PREFIX = re.compile(r"^(?:كن|كي|كت|تن|تي|كا)[\u0621-\u064a]{3,}$")
_ARY_PLURAL_VERB = re.compile(r"^[نتي][\u0621-\u064a]{3,}و$")
_ARY_NEGATION = re.compile(r"^ما[\u0621-\u064a]{2,}ش$")
_MSA_FUTURE = re.compile(r"^س[انيت][\u0621-\u064a]{3,}$")
_TANWIN = re.compile("[\u064b-\u064d]")
_MSA_VERB_EXCEPTIONS = _words(
    normalize_arabic(
        """
        كتاب كتب كتابة كتابي كتيب كتلة كنيسة كيفية كيلو كيلومتر كيان كيمياء كتف كنز كافة
        كامل كاملا كاملة كان كانت كانوا كاتب كارثة كافي كبير تنمية تكوين تنظيم تنفيذ تنقل
        تيار تيسير يمكن يكون تكون نحو تقدم تقديم يجب نتيجة نظام نسبة
        """
    )
)


def _arabic_scores(text: str) -> dict[str, float]:
    scores: dict[str, float] = defaultdict(float)
    scores[AR] += 1.5 * len(_TANWIN.findall(text))
    tokens = normalize_arabic(text).split()
    previous = ""
    for raw in tokens:
        token = raw.strip(".,!?:;()\"'-")
        for variety, weight in _arabic_token_cues(token, previous).items():
            scores[variety] += weight
        previous = token
    return scores


@lru_cache(maxsize=65536)
def _arabic_token_cues(token: str, previous: str) -> dict[str, float]:
    cues: dict[str, float] = defaultdict(float)
    if token in _DARIJA_ARABIC:
        cues[ARY_ARAB] += 1.0 if token in _AMBIGUOUS_ARABIC else 2.5
        return cues
    if token in _MSA_ARABIC:
        cues[AR] += 0.7 if token in _AMBIGUOUS_ARABIC else 1.5
        return cues
    if (
        token.startswith(("و", "ف"))
        and token[1:] in _MSA_ARABIC
        and token[1:] not in _AMBIGUOUS_ARABIC
    ):
        cues[AR] += 1.0  # و/ف + MSA particle: ولم, فهل
        return cues
    if previous in ("ما", "وما", "فما") and token.endswith("ش") and len(token) >= 3:
        cues[ARY_ARAB] += 2.5
    if token in _MSA_VERB_EXCEPTIONS:
        return cues
    if _ARY_NEGATION.match(token):
        cues[ARY_ARAB] += 2.5
    elif _ARY_VERB_PREFIX.match(token):
        cues[ARY_ARAB] += 1.5
    elif _ARY_PLURAL_VERB.match(token):
        cues[ARY_ARAB] += 1.2
    if token.startswith("فال") and len(token) > 5:
        cues[ARY_ARAB] += 1.0  # Darija glues f- (in) to the article: فالمغرب
    if _MSA_FUTURE.match(token):
        cues[AR] += 0.8
    if token.startswith("ا") and len(token) >= 4 and token[1] in "نتسحصعرجش" and token[:2] != "ال":
        cues[AR] += 0.3  # MSA first-person and verbal-noun forms (أحتاج, استخراج)
    return cues
