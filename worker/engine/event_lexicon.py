"""Word lists for finding event triggers without a parser (hand-written data, English news).

Lemmas only; inflected forms are generated from them, except the irregular ones listed here.
"""
from __future__ import annotations

from typing import Final


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


BE: Final = _words("be am is are was were been being 're 'm")
HAVE: Final = _words("have has had having 've")
DO: Final = _words("do does did")
MODALS: Final = _words("will would shall should can could may might must 'll 'd wo ca")
AUXILIARIES: Final = BE | HAVE | DO | MODALS
NEGATIONS: Final = _words("not n't never no")

# Words that may sit between an auxiliary and its verb, or before a verb, without ending the verb group.
ADVERBS: Final = _words(
    "also already just still only soon later then now recently first previously currently again finally "
    "reportedly allegedly personally officially formally briefly quickly immediately eventually originally "
    "once even yet long since initially newly jointly publicly almost nearly probably likely often "
    "repeatedly usually always sometimes frequently seldom rarely thus therefore hence"
)

# Verbs that report speech or publication; a date next to them dates the report itself.
REPORTING: Final = _words(
    "say tell report announce state add explain comment remark note claim confirm deny reveal disclose "
    "write declare indicate insist warn argue acknowledge admit predict estimate describe call quote "
    "suggest mention respond reply testify"
)

# Verbs that are weak triggers when a better verb is at hand (they carry little of the event).
LIGHT: Final = _words("be have do get make take begin start continue keep seem become")

# Irregular past tense and past participle forms -> lemma.
IRREGULAR: Final = {
    "said": "say", "told": "tell", "made": "make", "took": "take", "taken": "take", "went": "go",
    "gone": "go", "came": "come", "gave": "give", "given": "give", "found": "find", "held": "hold",
    "left": "leave", "led": "lead", "met": "meet", "paid": "pay", "put": "put", "set": "set",
    "sold": "sell", "sent": "send", "spent": "spend", "struck": "strike", "won": "win", "lost": "lose",
    "began": "begin", "begun": "begin", "bought": "buy", "brought": "bring", "built": "build",
    "caught": "catch", "chose": "choose", "chosen": "choose", "cut": "cut", "drew": "draw",
    "drawn": "draw", "fell": "fall", "fallen": "fall", "fought": "fight", "got": "get",
    "gotten": "get", "grew": "grow", "grown": "grow", "hit": "hit", "hung": "hang", "kept": "keep",
    "knew": "know", "known": "know", "laid": "lay", "let": "let", "meant": "mean", "ran": "run",
    "rose": "rise", "risen": "rise", "saw": "see", "seen": "see", "shot": "shoot", "shut": "shut",
    "sat": "sit", "stood": "stand", "stole": "steal", "stolen": "steal", "taught": "teach",
    "thought": "think", "threw": "throw", "thrown": "throw", "understood": "understand",
    "wrote": "write", "written": "write", "became": "become", "broke": "break", "broken": "break",
    "spoke": "speak", "spoken": "speak", "wore": "wear", "ate": "eat", "eaten": "eat",
    "forgot": "forget", "forgotten": "forget", "hid": "hide", "hidden": "hide", "bit": "bite",
    "drove": "drive", "driven": "drive", "flew": "fly", "flown": "fly", "froze": "freeze",
    "frozen": "freeze", "rode": "ride", "ridden": "ride", "sang": "sing", "sung": "sing",
    "sank": "sink", "sunk": "sink", "swore": "swear", "sworn": "swear", "woke": "wake",
    "withdrew": "withdraw", "withdrawn": "withdraw", "overtook": "overtake", "undertook": "undertake",
    "undergone": "undergo", "underwent": "undergo", "forbade": "forbid", "forbidden": "forbid",
    "felt": "feel", "heard": "hear", "lent": "lend", "dealt": "deal", "fed": "feed", "fled": "flee",
    "bled": "bleed", "slid": "slide", "spun": "spin", "split": "split", "spread": "spread",
    "quit": "quit", "bet": "bet", "bid": "bid", "cast": "cast", "hurt": "hurt", "shed": "shed",
    "sought": "seek", "swept": "sweep", "wept": "weep", "slept": "sleep", "sped": "speed",
    "stuck": "stick", "struck": "strike", "strove": "strive", "sprang": "spring", "sprung": "spring",
    "blew": "blow", "blown": "blow", "oversaw": "oversee", "overseen": "oversee", "upheld": "uphold",
    "withheld": "withhold", "mistook": "mistake", "arose": "arise", "arisen": "arise",
    "did": "do", "done": "do", "had": "have", "was": "be", "were": "be", "been": "be", "is": "be",
    "are": "be", "am": "be", "has": "have", "does": "do", "says": "say", "goes": "go",
}

# Common news verbs by lemma, so that base and -s forms ("opens", "release") are known as verbs.
VERBS: Final = _words(
    "say tell report announce state add explain comment remark note claim confirm deny reveal disclose "
    "write declare indicate insist warn argue acknowledge admit predict estimate describe call suggest "
    "mention respond reply testify issue open close launch release unveil introduce sell buy acquire "
    "merge sign agree approve reject vote elect appoint resign retire die kill attack arrest charge "
    "convict sentence sue file rule win lose lead hold meet visit arrive leave return start begin end "
    "finish complete plan expect hope want need try seek face fall rise drop climb grow increase "
    "decrease decline gain jump surge plunge fire hire found create build make take give pay cost "
    "ship deliver offer provide receive use own run work serve continue remain stay become happen "
    "occur follow cause produce show demonstrate demo present display discuss talk speak praise "
    "criticize condemn support oppose invade bomb shoot strike protest march investigate probe "
    "accuse allege order ban block stop halt suspend cancel delay postpone schedule expire replace "
    "pass reach hit post report earn trade list move send raise cut lower set fix settle end "
    "come go see know think believe feel seem look get keep put bring carry move pay invest owe "
    "include contain allow require enable help mark celebrate commemorate honor marry divorce "
    "bear born graduate study publish print air broadcast stream download upload sync "
    "close change save complete submit reduce develop compete divest slash placate appear capture "
    "acquire redeem repay finance borrow lend expand shrink restructure reorganize"
)

# Nouns that name events (as TimeML EVENTs do); -tion/-sion/-ment words are added by suffix.
EVENT_NOUNS: Final = _words(
    "war revolution revolt uprising coup attack attacks assault bombing raid strike strikes battle "
    "fighting clash clashes conflict invasion massacre killing killings murder murders shooting "
    "crime crimes execution executions death deaths birth funeral crash explosion fire earthquake storm flood "
    "hurricane disaster accident incident incidents crisis scandal protest protests rally march "
    "riot election elections vote referendum poll campaign summit meeting meetings conference "
    "keynote talks negotiations visit trip tour speech address interview hearing trial verdict "
    "ruling sentence case lawsuit suit appeal probe inquiry arrest warrant raid deal merger "
    "takeover purchase sale sales launch release debut opening closing announcement decision "
    "agreement treaty settlement ceasefire truce event ceremony festival celebration anniversary "
    "game match race tournament championship final season show concert premiere exhibition "
    "loss losses profit profits earnings gain gains rise fall drop decline increase growth surge "
    "slump recession boom rally offering auction bid deadline vacation leave absence departure "
    "arrival return resignation retirement appointment wedding divorce outbreak epidemic pandemic "
    "ban embargo sanctions reform transplant surgery operation mission flight landing voyage "
    "update upgrade outage recall shutdown strike walkout layoffs cuts hike "
    "results income charge charges change changes trend advance advances squeeze cease-fire cutback "
    "cutbacks slide plunge write-down buy-out buyout turnaround demand performance flows weakness "
    "lunch dinner due close"
)

# -tion / -sion / -ment words that do not name events.
NOT_EVENT_NOUNS: Final = _words(
    "nation nations station stations question questions position positions population portion "
    "portions fraction section sections mention attention nutrition tradition condition conditions "
    "caption option options edition version versions region regions religion television division "
    "commission government governments department departments equipment "
    "apartment apartments parliament element elements document documents moment moments "
    "comment comments segment segments instrument instruments environment management monument "
    "sentiment supplement fragment pavement basement compartment torment ointment garment "
    "cement implement regiment percent information organization organizations administration "
    "foundation generation location locations corporation corporations institution institutions "
    "association associations federation coalition opposition population pension passion session "
    "dimension tension mansion vision provision legislation regulation regulations "
    "constitution competition portion function functions solution solutions"
)

# Words that open a new clause; a trigger search does not cross them lightly.
CLAUSE_WORDS: Final = _words(
    "which who whom whose while whereas because although though but when where if unless since "
    "after before until as so that whether"
)
RELATIVES: Final = _words("which who whom whose that")

# Prepositions that put a time expression on the event before them ("in 2016", "on Tuesday").
TIME_PREPOSITIONS: Final = _words(
    "in on at during by since until till from to before after between through throughout around "
    "about for within over into of early late"
)

DETERMINERS: Final = _words(
    "the a an this that these those its his her their our my your some any each every another "
    "no all both several many few"
)

# Pronouns and determiners that start a sentence continuing the previous one.
ANAPHORS: Final = _words("he she it they its his her their this these that those the such there")

# Content words too general to tie two sentences or two events together.
STOPWORDS: Final = _words(
    "a an the and or but if then than of in on at by for with from to into onto over under about "
    "as is are was were be been being have has had having do does did will would shall should can "
    "could may might must not no nor so such this that these those it its he she they them his her "
    "their we our you your i me my mine who whom whose which what when where why how all any both "
    "each few more most other some one two three also just only very said says say told new "
    "year years month months week weeks day days today yesterday tomorrow time mr mrs ms dr "
    "percent per cent there here after before while during since until up out off again "
    "further once s t about against between through"
)

# Words that only look like past-tense verbs.
NOT_VERBS_ED: Final = _words(
    "hundred red bed shed need feed seed speed deed bred creed greed weed sled fled wed naked "
    "wicked sacred kindred hatred rugged ragged jagged wretched crooked beloved aged "
    "embed united"
)

FUTURE_MARKERS: Final = _words("will 'll shall going plans plan planned expected scheduled slated set due")

# -ing words that are prepositions, not events.
NOT_VERBS_ING: Final = _words(
    "following including according regarding concerning during pending excluding notwithstanding "
    "thing things morning mornings evening evenings nothing something anything everything king spring "
    "ring string ceiling building buildings earnings"
)

PREPOSITIONS: Final = _words(
    "among amid about above across against along around at before behind below beside between beyond by "
    "despite down for from in inside into like near of off on onto out outside over past per than through "
    "toward towards under unlike until up upon via with within without"
)

NUMBER_WORDS: Final = _words(
    "one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand "
    "thousands million millions billion billions"
)

# Verbs of intending, expecting or being due: not dated events themselves when a date goes with the
# verb they govern ("expected to complete the sale next year").
INTENT: Final = _words("expect plan hope want intend need wish aim schedule slate set due likely going seem appear")

# Nouns of time and measure: never the event a date dates.
TIME_NOUNS: Final = _words(
    "year years month months week weeks day days period quarter quarters time times date dates season "
    "half decade century today yesterday tomorrow morning evening night afternoon weekend"
)

# Verbs that begin with "un": their -ed forms are verbs, where other un-...-ed words are adjectives
# ("unchanged", "unnamed", "unspecified").
UN_VERBS: Final = _words(
    "unveil uncover unleash unfold unlock unload unite undergo undertake undermine unravel unseat unplug "
    "unpack unwind unearth unify unionize unfreeze unblock unwrap unlink understand"
)

# Nouns of business results: a period named after them ("a loss of $5 million for the third quarter")
# is theirs.
MEASURES: Final = _words(
    "loss losses profit profits earnings income sales revenue revenues charge charges gain gains results "
    "growth decline increase drop rise output deficit surplus dividend dividends write-down writedown"
)

# Capitalised words that name no participant (for cluster ids).
NOT_PARTICIPANTS: Final = _words(
    "the a an this that these those he she it they his her its their we i monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september october november "
    "december mr mrs ms dr in on at"
)
