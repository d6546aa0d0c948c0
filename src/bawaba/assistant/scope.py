"""Is a question about public services at all? Retrieval evidence for out-of-scope questions.

The catalog's own scores cannot say it alone: a recipe request still has a nearest
procedure. So the question is also compared with a bank of everyday questions a portal of
procedures does not answer (cooking, sport, weather, money, shopping, travel, health tips,
leisure, home, pets, relationships, general knowledge), in six varieties. The margin — best
similarity to that background minus best similarity to a catalog passage — is high when the
question belongs elsewhere (a "background model", as in open-set recognition).
"""

from __future__ import annotations

import threading

import numpy as np
import numpy.typing as npt

from bawaba.search.analysis import analyze_query
from bawaba.search.embedder import Embedder
from bawaba.search.engine import Searcher

# Everyday questions a portal of procedures does not answer, per variety, "|"-separated.
_BACKGROUND = (
    "comment préparer un bon couscous | quelle est la recette du gâteau au chocolat | "
    "résultats des matchs de football ce soir | qui a gagné la coupe | "
    "quel temps fera-t-il demain | va-t-il pleuvoir ce week-end | quel est le cours du dollar | "
    "prix de l'or aujourd'hui | quelle banque choisir pour ouvrir un compte | "
    "meilleure assurance voiture pas chère | quel téléphone acheter | "
    "meilleur ordinateur portable | bon restaurant pas cher en ville | hôtel près de la plage | "
    "billets d'avion pas chers | horaires des trains | j'ai mal au ventre que prendre | "
    "remède contre la toux | comment perdre du poids | exercices pour muscler le dos | "
    "film à regarder ce soir | raconte une histoire drôle | écris un poème | "
    "quelle est la capitale du Canada | combien de planètes dans le système solaire | "
    "qui a inventé l'électricité | comment apprendre l'anglais vite | "
    "cours de guitare pour débutant | comment réparer une fuite d'eau | "
    "ma voiture fait un bruit bizarre | mon chien est malade | idée de cadeau pour ma mère | "
    "comment se réconcilier avec un ami | appartement à vendre pas cher | "
    "offre d'emploi dans une entreprise privée | gagner de l'argent sur internet | "
    "comment devenir youtubeur | calories dans une banane | le thé est-il bon pour la santé | "
    "comment mieux dormir | comment nettoyer le canapé | quelle heure est-il à New York | "
    "recommande-moi une série | meilleur jeu vidéo | traduire une phrase en espagnol | "
    "aide-moi à faire mes devoirs de maths | quel est le sens de la vie | horoscope du jour | "
    "paroles d'une chanson | comment jouer aux échecs",
    "كيف أطبخ الكسكس | وصفة حلوى سهلة | نتيجة مباراة البارحة | من فاز بالبطولة | "
    "كيف سيكون الطقس غدا | هل ستمطر | سعر الدولار اليوم | ثمن الذهب | أي بنك أختار | "
    "أفضل شركة تأمين | أي هاتف أشتري | مطعم جيد في المدينة | فندق قرب البحر | "
    "تذاكر طيران رخيصة | عندي ألم في المعدة ماذا آخذ | كيف أنقص وزني | فيلم جميل للمشاهدة | "
    "احك لي نكتة | اكتب لي شعرا | ما عاصمة كندا | كيف أتعلم الإنجليزية | كيف أصلح تسرب الماء | "
    "سيارتي تصدر صوتا غريبا | كلبي مريض | هدية لأمي | كيف أتصالح مع صديقي | شقة للبيع | "
    "عمل في شركة خاصة | كيف أربح المال من الإنترنت | كم سعرة حرارية في الموز | "
    "هل الشاي مفيد للصحة | كيف أنام جيدا | كيف أنظف الأريكة | ما معنى الحب | لعبة فيديو جميلة",
    "كيفاش نطيب الكسكس | شكون ربح الماتش | واش غادي تشتي غدا | شحال داير الدولار | "
    "شمن بنكة مزيانة | شمن تيليفون نشري | فين ناكل شي حاجة بنينة | عندي الكرش كتضرني | "
    "كيفاش ننقص من الوزن | عطيني شي فيلم | عاودلي نكتة | كيفاش نتعلم النگليزية | "
    "الطوموبيل ديالي فيها صداع | الكلب ديالي مريض | شنو نهدي لماما | "
    "كيفاش نربح الفلوس من الأنترنيت | واش أتاي مزيان للصحة | كيفاش نعس مزيان",
    "kifach ntiyeb lkouskous | chkoun rbe7 lmatch | wach ghadi tchta ghda | ch7al dayr dollar | "
    "chmen banka mzyana | chmen telephone nchri | fin nakol chi haja bnina | "
    "kerchi katdorni chno nakhod | kifach nn9es lwazn | 3tini chi film | 3awd liya nokta | "
    "kifach nt3lem lenglizia | tomobil dyali fiha sda3 | lkelb dyali mrid | chno nhdi l mama | "
    "kifach nrbe7 lflous f internet | wach atay mzyan l se7a | kifach n3es mzyan",
    "how to cook couscous | chocolate cake recipe | football scores tonight | who won the cup | "
    "will it rain tomorrow | dollar exchange rate | gold price today | "
    "which bank should I choose | best car insurance | which phone should I buy | "
    "good restaurant nearby | hotel near the beach | cheap flights | "
    "stomach ache what medicine | how to lose weight | good movie to watch | tell me a joke | "
    "write me a poem | capital of Canada | how to learn English fast | fix a water leak | "
    "my car makes a strange noise | my dog is sick | gift idea for my mother | "
    "make up with a friend | flat for sale | job at a private company | make money online | "
    "calories in a banana | is tea healthy | how to sleep better | clean a sofa | "
    "meaning of life | best video game | help with math homework",
    "cómo cocinar cuscús | receta de tarta de chocolate | resultados del fútbol | "
    "lloverá mañana | precio del dólar | qué banco elegir | mejor seguro de coche | "
    "qué móvil comprar | buen restaurante cerca | hotel cerca de la playa | vuelos baratos | "
    "me duele el estómago qué tomo | cómo adelgazar | película para ver | cuéntame un chiste | "
    "capital de Canadá | aprender inglés rápido | arreglar una fuga de agua | "
    "mi coche hace un ruido raro | mi perro está enfermo | regalo para mi madre | "
    "piso en venta | ganar dinero por internet | calorías de un plátano | es sano el té | "
    "cómo dormir mejor",
)
ELSEWHERE = tuple(q.strip() for chunk in _BACKGROUND for q in chunk.split("|") if q.strip())


class Scope:
    """Scores how far a question lies outside the catalog, for one embedder."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._elsewhere: npt.NDArray[np.float32] | None = None
        self._lock = threading.Lock()

    def _vectors(self) -> npt.NDArray[np.float32]:
        with self._lock:
            if self._elsewhere is None:
                # Embedded as queries: a question is compared with questions, like with like.
                self._elsewhere = self.embedder.embed_queries(list(ELSEWHERE))
            return self._elsewhere

    def margin(self, searcher: Searcher, query: str) -> float:
        """Best similarity to the background questions minus best similarity to the catalog."""
        q = analyze_query(" ".join(query.split())[:500])
        vectors = searcher.query_cache.get(q.dense_texts())
        catalog = float(np.max(searcher.dense_scores(q))) if len(searcher.index) else 0.0
        elsewhere = float(np.max(vectors @ self._vectors().T))
        return elsewhere - catalog
