"""The assistant's own words, per answer language. Facts never come from here: only labels.

Answer languages are ar, fr, en and es; Tamazight (zgh) readers get French wording until a
reviewed Tamazight text exists (an invented one would be worse than none).
"""

from __future__ import annotations

ANSWER_LANGUAGES = ("ar", "fr", "en", "es")

# Record languages to quote, best first, for each answer language.
CONTENT_FALLBACKS: dict[str, tuple[str, ...]] = {
    "ar": ("ar", "fr", "en"),
    "fr": ("fr", "ar", "en"),
    "en": ("en", "fr", "ar"),
    "es": ("es", "fr", "en", "ar"),
}

_FR: dict[str, str | tuple[str, ...]] = {
    "intro": "Voici la démarche qui correspond à votre question :",
    "authority": "Administration compétente",
    "steps": "Étapes",
    "documents": "Pièces à fournir",
    "cost": "Coût",
    "delay": "Délai",
    "where": "Où s'adresser",
    "online": "En ligne",
    "contact": "Contact",
    "page": "Fiche complète",
    "free": "gratuit",
    "missing.cost": "La fiche de cette démarche n'indique pas de coût.",
    "missing.documents": "La fiche de cette démarche ne liste pas de pièces à fournir.",
    "missing.delay": "La fiche de cette démarche n'indique pas de délai.",
    "missing.where": "La fiche de cette démarche ne précise pas où s'adresser.",
    "missing.online": "Cette démarche ne se fait pas en ligne d'après sa fiche.",
    "quoted": "Les informations de la fiche sont citées en {language}.",
    "clarify": "Plusieurs démarches correspondent à votre question. Laquelle vous concerne ?",
    "no_match": (
        "Je n'ai pas trouvé de démarche du catalogue qui réponde à cette question. "
        "Vous pouvez la reformuler, chercher dans le catalogue ou parcourir les démarches "
        "par thème."
    ),
    "greeting": (
        "Bonjour ! Je suis l'assistant du portail Bawaba. Posez-moi une question sur une "
        "démarche administrative : je vous indique les étapes, les pièces à fournir, le coût, "
        "le délai et où vous adresser."
    ),
    "thanks": "Avec plaisir. Avez-vous une autre question sur une démarche administrative ?",
    "empty": "Écrivez votre question sur une démarche administrative.",
    "chit_chat": (
        "Je suis l'assistant des démarches administratives du portail Bawaba : je ne réponds "
        "qu'aux questions sur ces démarches. Que souhaitez-vous faire ?"
    ),
    "personal_file": (
        "Je n'ai accès à aucun dossier personnel et je ne peux pas consulter l'état d'une "
        "demande. Pour suivre un dossier, adressez-vous à l'administration concernée ou "
        "utilisez son service en ligne."
    ),
    "legal_advice": (
        "Je ne peux pas donner de conseil juridique sur un cas particulier. Je peux vous "
        "indiquer les démarches qui existent ; pour un avis sur votre situation, consultez un "
        "professionnel du droit."
    ),
    "related": "Démarches qui peuvent vous concerner :",
    "privacy": (
        "Pour votre sécurité, n'écrivez pas de données personnelles (numéro de CIN, "
        "téléphone…) : elles ne sont pas nécessaires et n'ont pas été conservées."
    ),
    "error": (
        "Une erreur nous empêche de répondre pour le moment. Réessayez dans quelques "
        "minutes ou cherchez la démarche dans le catalogue."
    ),
    "search": "Chercher « {query} » dans le catalogue",
    "themes": "Toutes les démarches par thème",
    "channel.online": "en ligne",
    "channel.office": "au guichet",
    "channel.mail": "par courrier",
    "channel.phone": "par téléphone",
    "channel.email": "par e-mail",
    "channel.other": "autre canal",
    "comma": ", ",
    "unit.Y": ("an", "ans"),
    "unit.M": ("mois", "mois"),
    "unit.W": ("semaine", "semaines"),
    "unit.D": ("jour", "jours"),
    "unit.H": ("heure", "heures"),
    "unit.TM": ("minute", "minutes"),
    "language.ar": "arabe",
    "language.fr": "français",
    "language.en": "anglais",
    "language.es": "espagnol",
}

_AR: dict[str, str | tuple[str, ...]] = {
    "intro": "هذه هي المسطرة التي تناسب سؤالك:",
    "authority": "الإدارة المختصة",
    "steps": "المراحل",
    "documents": "الوثائق المطلوبة",
    "cost": "التكلفة",
    "delay": "الآجال",
    "where": "أين تتوجه",
    "online": "عبر الإنترنت",
    "contact": "الاتصال",
    "page": "البطاقة الكاملة",
    "free": "مجاناً",
    "missing.cost": "لا تذكر بطاقة هذه المسطرة أي تكلفة.",
    "missing.documents": "لا تذكر بطاقة هذه المسطرة الوثائق المطلوبة.",
    "missing.delay": "لا تذكر بطاقة هذه المسطرة أي أجل.",
    "missing.where": "لا تحدد بطاقة هذه المسطرة الجهة التي يجب التوجه إليها.",
    "missing.online": "حسب بطاقتها، لا تنجز هذه المسطرة عبر الإنترنت.",
    "quoted": "المعلومات مقتبسة من البطاقة باللغة {language}.",
    "clarify": "توجد عدة مساطر تناسب سؤالك. أيها يخصك؟",
    "no_match": (
        "لم أجد في دليل المساطر ما يجيب عن هذا السؤال. يمكنك إعادة صياغته أو البحث في "
        "الدليل أو تصفح المساطر حسب الموضوع."
    ),
    "greeting": (
        "مرحباً! أنا مساعد بوابة «بوابة». اطرح علي سؤالاً حول مسطرة إدارية، وسأدلك على "
        "المراحل والوثائق المطلوبة والتكلفة والآجال والجهة المختصة."
    ),
    "thanks": "على الرحب والسعة. هل لديك سؤال آخر حول مسطرة إدارية؟",
    "empty": "اكتب سؤالك حول مسطرة إدارية.",
    "chit_chat": (
        "أنا مساعد المساطر الإدارية في بوابة «بوابة»، ولا أجيب إلا عن الأسئلة المتعلقة بهذه "
        "المساطر. ماذا تريد أن تنجز؟"
    ),
    "personal_file": (
        "لا يمكنني الاطلاع على أي ملف شخصي ولا معرفة مآل أي طلب. لتتبع ملفك، توجه إلى "
        "الإدارة المعنية أو استعمل خدمتها عبر الإنترنت."
    ),
    "legal_advice": (
        "لا يمكنني تقديم استشارة قانونية في حالة خاصة. يمكنني أن أدلك على المساطر الموجودة؛ "
        "أما الرأي في وضعيتك فاستشر فيه مهنياً في القانون."
    ),
    "related": "مساطر قد تهمك:",
    "privacy": (
        "حفاظاً على أمانك، لا تكتب معطياتك الشخصية (رقم البطاقة الوطنية، الهاتف…): فهي غير "
        "ضرورية ولم يتم الاحتفاظ بها."
    ),
    "error": "حدث خطأ يمنعنا من الإجابة حالياً. أعد المحاولة بعد دقائق أو ابحث عن المسطرة في الدليل.",
    "search": "البحث عن «{query}» في الدليل",
    "themes": "كل المساطر حسب الموضوع",
    "channel.online": "عبر الإنترنت",
    "channel.office": "لدى الشباك",
    "channel.mail": "بالبريد",
    "channel.phone": "بالهاتف",
    "channel.email": "بالبريد الإلكتروني",
    "channel.other": "قناة أخرى",
    "comma": "، ",
    # Singular, plural (3 to 10), and the accusative singular used from 11 on.
    "unit.Y": ("سنة", "سنوات", "سنة"),
    "unit.M": ("شهر", "أشهر", "شهراً"),
    "unit.W": ("أسبوع", "أسابيع", "أسبوعاً"),
    "unit.D": ("يوم", "أيام", "يوماً"),
    "unit.H": ("ساعة", "ساعات", "ساعة"),
    "unit.TM": ("دقيقة", "دقائق", "دقيقة"),
    "language.ar": "العربية",
    "language.fr": "الفرنسية",
    "language.en": "الإنجليزية",
    "language.es": "الإسبانية",
}

_EN: dict[str, str | tuple[str, ...]] = {
    "intro": "This is the procedure that matches your question:",
    "authority": "Competent authority",
    "steps": "Steps",
    "documents": "Documents to provide",
    "cost": "Cost",
    "delay": "Processing time",
    "where": "Where to go",
    "online": "Online",
    "contact": "Contact",
    "page": "Full details",
    "free": "free",
    "missing.cost": "The record of this procedure states no cost.",
    "missing.documents": "The record of this procedure lists no documents.",
    "missing.delay": "The record of this procedure states no processing time.",
    "missing.where": "The record of this procedure does not say where to go.",
    "missing.online": "According to its record, this procedure is not available online.",
    "quoted": "Details are quoted from the record in {language}.",
    "clarify": "Several procedures match your question. Which one applies to you?",
    "no_match": (
        "I found no procedure in the catalogue that answers this question. You can rephrase "
        "it, search the catalogue or browse procedures by theme."
    ),
    "greeting": (
        "Hello! I am the Bawaba portal assistant. Ask me about an administrative procedure: "
        "I will tell you the steps, the documents, the cost, the processing time and where "
        "to go."
    ),
    "thanks": "You are welcome. Do you have another question about a procedure?",
    "empty": "Type your question about an administrative procedure.",
    "chit_chat": (
        "I am the Bawaba assistant for administrative procedures and only answer questions "
        "about them. What would you like to do?"
    ),
    "personal_file": (
        "I have no access to anyone's file and cannot check the status of an application. "
        "To follow up on a file, contact the administration concerned or use its online "
        "service."
    ),
    "legal_advice": (
        "I cannot give legal advice on a particular case. I can show you the procedures that "
        "exist; for advice on your situation, consult a legal professional."
    ),
    "related": "Procedures that may concern you:",
    "privacy": (
        "For your safety, do not type personal data (ID card number, phone…): it is not "
        "needed and has not been kept."
    ),
    "error": (
        "An error prevents us from answering right now. Try again in a few minutes or "
        "search the catalogue."
    ),
    "search": "Search the catalogue for “{query}”",
    "themes": "All procedures by theme",
    "channel.online": "online",
    "channel.office": "at the counter",
    "channel.mail": "by post",
    "channel.phone": "by phone",
    "channel.email": "by e-mail",
    "channel.other": "other channel",
    "unit.Y": ("year", "years"),
    "unit.M": ("month", "months"),
    "unit.W": ("week", "weeks"),
    "unit.D": ("day", "days"),
    "unit.H": ("hour", "hours"),
    "unit.TM": ("minute", "minutes"),
    "language.ar": "Arabic",
    "language.fr": "French",
    "language.en": "English",
    "language.es": "Spanish",
}

_ES: dict[str, str | tuple[str, ...]] = {
    "intro": "Este es el trámite que corresponde a su pregunta:",
    "authority": "Administración competente",
    "steps": "Pasos",
    "documents": "Documentos necesarios",
    "cost": "Coste",
    "delay": "Plazo",
    "where": "Dónde dirigirse",
    "online": "En línea",
    "contact": "Contacto",
    "page": "Ficha completa",
    "free": "gratuito",
    "missing.cost": "La ficha de este trámite no indica ningún coste.",
    "missing.documents": "La ficha de este trámite no enumera documentos.",
    "missing.delay": "La ficha de este trámite no indica ningún plazo.",
    "missing.where": "La ficha de este trámite no precisa dónde dirigirse.",
    "missing.online": "Según su ficha, este trámite no se realiza en línea.",
    "quoted": "Los datos se citan de la ficha en {language}.",
    "clarify": "Varios trámites corresponden a su pregunta. ¿Cuál le concierne?",
    "no_match": (
        "No he encontrado en el catálogo ningún trámite que responda a esta pregunta. Puede "
        "reformularla, buscar en el catálogo o consultar los trámites por tema."
    ),
    "greeting": (
        "¡Hola! Soy el asistente del portal Bawaba. Pregúnteme por un trámite administrativo: "
        "le indicaré los pasos, los documentos, el coste, el plazo y dónde dirigirse."
    ),
    "thanks": "De nada. ¿Tiene otra pregunta sobre un trámite administrativo?",
    "empty": "Escriba su pregunta sobre un trámite administrativo.",
    "chit_chat": (
        "Soy el asistente de trámites administrativos del portal Bawaba y solo respondo a "
        "preguntas sobre esos trámites. ¿Qué desea hacer?"
    ),
    "personal_file": (
        "No tengo acceso a ningún expediente personal ni puedo consultar el estado de una "
        "solicitud. Para seguir un expediente, diríjase a la administración correspondiente "
        "o utilice su servicio en línea."
    ),
    "legal_advice": (
        "No puedo dar asesoramiento jurídico sobre un caso concreto. Puedo indicarle los "
        "trámites que existen; para una opinión sobre su situación, consulte a un profesional "
        "del derecho."
    ),
    "related": "Trámites que pueden interesarle:",
    "privacy": (
        "Por su seguridad, no escriba datos personales (número de DNI, teléfono…): no son "
        "necesarios y no se han conservado."
    ),
    "error": (
        "Un error nos impide responder en este momento. Inténtelo de nuevo en unos minutos "
        "o busque el trámite en el catálogo."
    ),
    "search": "Buscar «{query}» en el catálogo",
    "themes": "Todos los trámites por tema",
    "channel.online": "en línea",
    "channel.office": "en ventanilla",
    "channel.mail": "por correo postal",
    "channel.phone": "por teléfono",
    "channel.email": "por correo electrónico",
    "channel.other": "otro canal",
    "unit.Y": ("año", "años"),
    "unit.M": ("mes", "meses"),
    "unit.W": ("semana", "semanas"),
    "unit.D": ("día", "días"),
    "unit.H": ("hora", "horas"),
    "unit.TM": ("minuto", "minutos"),
    "language.ar": "árabe",
    "language.fr": "francés",
    "language.en": "inglés",
    "language.es": "español",
}

MESSAGES: dict[str, dict[str, str | tuple[str, ...]]] = {
    "fr": _FR, "ar": _AR, "en": _EN, "es": _ES,
}  # fmt: skip


def answer_language(interface: str | None, variety: str, default: str = "fr") -> str:
    """The language to answer in: the interface's, else the question's, else `default`.

    Without an interface language, Darija in Arabic script gets Arabic; Arabizi gets French,
    the language its writers read the administration in.
    """
    if interface:
        code = interface.split("-")[0].lower()
        if code in ANSWER_LANGUAGES:
            return code
        if code in {"ary", "arq"}:
            return "ar"
        if code == "zgh":
            return "fr"
    by_variety = {
        "ar": "ar",
        "ary_arab": "ar",
        "fr": "fr",
        "ary_latn": "fr",
        "en": "en",
        "es": "es",
    }
    return by_variety.get(variety, default if default in ANSWER_LANGUAGES else "fr")


def text(lang: str, key: str, **values: str) -> str:
    value = MESSAGES.get(lang, _FR).get(key) or _FR[key]
    assert isinstance(value, str)
    return value.format(**values) if values else value


def plural(lang: str, unit: str, n: int) -> str:
    """'15 jours', '1 an', '3 أيام', '15 يوماً'… for an ISO 8601 duration unit."""
    forms = MESSAGES.get(lang, _FR).get(f"unit.{unit}") or _FR[f"unit.{unit}"]
    assert isinstance(forms, tuple)
    one, many = forms[0], forms[1]
    if lang == "ar":
        # Arabic counts: plural from 2 to 10, accusative singular from 11 on.
        return f"{n} {one if n == 1 else many if n <= 10 else forms[2]}"
    return f"{n} {one if n == 1 else many}"
