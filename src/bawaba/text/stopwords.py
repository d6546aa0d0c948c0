"""Short stop-word lists per language: only words that carry no search meaning.

Kept short on purpose: BM25's IDF already discounts frequent words, and a long list
would drop words that matter in a query ("sans", "pas", "sin" change the need).
Arabic lists are in normalized form (see `normalize_arabic`).
"""

from __future__ import annotations

from bawaba.text.arabic import normalize_arabic


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FRENCH = _words(
    """
    le la les l un une des du de d au aux et ou est sont suis es ai as a avons avez ont
    je j tu il elle nous vous ils elles on me m te t se s mon ma mes ton ta tes son sa ses
    notre nos votre vos leur leurs ce c cet cette ces qui que qu quoi quel quelle quels
    quelles dans sur par pour avec chez en y ne n plus mais donc car si tres tout tous
    toute toutes aussi encore deja bien faire fait fais etre avoir cela ca comme
    """
)
ENGLISH = _words(
    """
    the a an of to in on at for and or is are was were be been am do does did i me my we
    us our you your he him his she her it its they them their this that these those
    there here what which who whom how when where why can could should would will shall
    with from by as into about than then so if just also very s t
    """
)
SPANISH = _words(
    """
    el la los las lo un una unos unas de del al y e o u en con por para que es son soy
    estoy esta estan fue ser me te se le les mi mis tu tus su sus nuestro nuestra
    nuestros nuestras como cuando donde cual quien ya muy mas pero tambien hay
    """
)
ARABIC = _words(
    normalize_arabic(
        """
        في من إلى على عن مع هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللواتي هو هي
        هم هن أنا نحن أنت أنتم أنتن و أو ثم أن إن كان كانت يكون تكون قد لقد لم لن ما
        ماذا لماذا كيف أين متى هل كل بعض أي لدى لدي لديه لديها عند عندي منذ إذا حتى
        بين كما لا نعم غير أيضا هناك هنا الآن به بها له لها لهم فيه فيها منه منها عليه
        عليها إليه إليها ذات ذو
        """
    )
)
# Darija function words in Arabic script; content words (الوراق, البيرمي) are kept.
DARIJA_ARABIC = _words(
    normalize_arabic(
        """
        ديال ديالي ديالك ديالو ديالها ديالنا ديالكم ديالهم واش شنو اشنو آش فين منين
        كيفاش علاش شحال باش حيت راه راها راني هاد هادي هادا هادشي هاداك هاديك اللي لي
        شي ولا بلا حتى دابا غادي غا ليا ليك ليه ليها لينا ليهم معايا معاه عافاك واخا
        كاين كاينة ماشي بزاف شوية أنا حنا نتا نتي هوما ف ل ب د
        """
    )
)
# Darija function words in Latin script (Arabizi).
DARIJA_LATIN = _words(
    """
    dyal dial diyal dyali diali dyalek dyalo dyalha dyalna dyalkom dyalhom wach wash
    chno chnou achno ach fin fayn mnin kifach kifash 3lach ch7al chhal bach hit 7it rah
    raha rani had hadi hada hadchi hadak hadik li lli elli chi wla bla 7ta hta daba ghadi
    gha liya lia lik lih liha lina lihom m3a m3aya 3afak wakha kayn kayna machi bzaf
    chwiya ana 7na nta nti homa howa hiya f fi l el b d w ou o mn men 3la 3nd
    """
)
