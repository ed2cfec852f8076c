"""Step 2 of 4: turn a normalised comment into the tokens the model weighs.

A comment becomes two kinds of token:

* **words** — word unigrams, bigrams and five-letter stems of the normalised
  text (links, e-mail addresses, phone numbers and digits replaced by
  placeholders), pairs of characters for Chinese, Japanese and Thai (written
  without spaces: :func:`unspaced_pairs`), each emoji, plus the words of linked hosts and
  of the author's website (run-together names cut into words: :func:`domain_words`);
* **signals** — named facts about the comment, each with a human-readable reason
  specific to this comment: a rule from :data:`RULES` that matched ("pharma
  keyword: 'viagra'"), links and where they point, the author's name and URL
  (and whether that URL is the blog's own site: :func:`same_site`),
  overlap with the post's own words, thread replies, length, obfuscation.

The model learns one weight per token and label; nothing here decides a label.
Tokens about the author start with :data:`AUTHOR_TOKEN_PREFIX`; the trainer lets
them tell spam from not-spam only.
To add or change a rule, edit :data:`RULES` (and retrain: ``commentguard train``).
"""

from __future__ import annotations

import functools
import html
import itertools
import re
import unicodedata
from typing import NamedTuple

import regex

from ._names import FIRST_NAMES
from ._normalise import Normalised, corpus_words, domain_of, normalise
from ._spintax import expand_all
from ._types import Comment, Label

__all__ = ["AUTHOR_TOKEN_PREFIX", "RULES", "SPAM_RULES", "STEM_LEN", "STEM_MIN", "STOPWORDS", "Signal", "Features", "domain_words",
           "featurise", "is_chinese_pair", "is_person_name", "unspaced_pairs",
           "keyword_list", "match_rules", "number_token", "post_words", "same_site", "stem_token", "words_of"]


#: Tokens about who left the comment (website, name, e-mail) start with this. The
#: trainer lets them tell spam from not-spam only: who wrote a comment never makes
#: it feedback rather than generic praise (see ``CommentGuardClassifier.author_spam_only``).
AUTHOR_TOKEN_PREFIX = "author-"


class Signal(NamedTuple):
    """A named fact about one comment: ``token`` for the model, ``reason`` for people."""

    token: str
    reason: str


class Features(NamedTuple):
    words: list[str]  #: the comment's words, in order (placeholders and "#<n digits>" included)
    #: tokens outside the word sequence: character pairs of Chinese, Japanese and Thai
    #: (:func:`unspaced_pairs`), the words of linked hosts and the comment's emoji
    extra: list[str]
    signals: list[Signal]
    normalised: Normalised
    #: the words of the author's website's host ("author-domain:cheap"); unlike ``extra``
    #: they do not dilute the comment's own words (see ``Model.encode``)
    author_tokens: tuple[str, ...] = ()

    @property
    def grams(self) -> list[str]:
        """Every word token the model may weigh: unigrams, bigrams ("a b"), extra and author tokens."""
        words = self.words
        return (words + [f"{a} {b}" for a, b in zip(words, words[1:])] + self.extra + list(self.author_tokens)
                + list(dict.fromkeys(stem_token(w) for w in words if len(w) > STEM_MIN)))


#: A word's stem is its first STEM_LEN letters: a crude match for inflections and
#: misspellings ("prices" ~ "price"). Words longer than STEM_MIN letters also count
#: as their stem token ("subscribers" → "subsc~"); comments and posts are matched by stem.
STEM_MIN = 6
STEM_LEN = 5


def _stem(word: str) -> str:
    return word[:STEM_LEN]


def stem_token(word: str) -> str:
    return _stem(word) + "~"


# --- rules ------------------------------------------------------------------
# Each rule: (name, label it argues for, reason shown to people, phrases).
# Phrases are written in spintax ("{cheap|discount} {pills|meds}") and matched
# against the comment's words after normalisation (lower case, obfuscation
# undone, numbers as "#<n digits>" — write them as digits: "sub 4 sub" —, links,
# e-mails, phones, money as xxurlxx, xxemailxx, xxphonexx, xxmoneyxx). "*" matches
# any one word, but not the first. The model learns
# how much each rule is worth, so a rule that misfires on innocent words costs
# little; keep phrases a person would recognise.
# Chat apps, named in several rules below (spintax alternatives), in Latin, Russian and Korean:
_CHAT_APPS = "whatsapp|whatapp|telegram|viber|wechat|kakaotalk"
_CHAT_APPS_RU = "телеграм|телеграмм|телеграме|телеграмме|вотсап|ватсап|вайбер"
_CHAT_APPS_KO = "텔레|텔레그램|카톡|카카오톡|오픈카톡"
RULES: tuple[tuple[str, Label, str, tuple[str, ...]], ...] = (
    ("pharma", Label.SPAM, "pharma keyword", (
        "{viagra|cialis|levitra|kamagra|tramadol|xanax|valium|oxycodone|oxycontin|adderall|"
        "phentermine|modafinil|ambien|hydrocodone|propecia|clomid|sildenafil|tadalafil|"
        "erectile|ivermectin|hydroxychloroquine}",
        "{online pharmacy|pharmacy online|generic pills|pills online|weight loss pills|diet pills|"
        "male enhancement|cbd gummies|keto gummies|no prescription|without {a|} prescription}",
        "buy {meds|pills|medication|medicine} online",
        "{lose|lost} {5|10} {kg|kilos|pounds|lbs} in",  # "lose 10 kg in a month"
    )),
    ("casino", Label.SPAM, "gambling keyword", (
        "{casino|casinos|roulette|blackjack|jackpot|jackpots|sportsbook|bookmaker|bookmakers|"
        "1xbet|bet365|pokies|judi|togel|apuestas|kasyno|spielautomaten|"
        # ... in other languages: Korean "toto" sites and their "safe playgrounds", Indonesian
        # "gacor" slots, Turkish betting, Russian, Portuguese, Vietnamese and Indian gambling
        "카지노|바카라|스포츠토토|토토사이트|사설토토|메이저놀이터|안전놀이터|먹튀검증|슬롯머신|gacor|bahis|"
        "казино|букмекер|букмекерская|cassino|sportwetten|קזינו|הקזינו|בקזינו|καζίνο|καζινο|كازينو}",
        "{satta king|satta matka|nhà cái|cá cược|nổ hũ|tài xỉu|deneme bonusu|canlı bahis|bahis siteleri|"
        "casa de apostas|apostas esportivas|slot gacor|situs slot|игровые автоматы|ставки на спорт}",
        "{online slots|slot online|slot machine|slot machines|online poker|poker online|free spins|"
        "bonus code|no deposit bonus|betting tips|betting site|sports betting|online betting|"
        "online gambling|gambling site|gambling sites}",
    )),
    ("loans", Label.SPAM, "loan offer", (
        "{payday loan|payday loans|loan lender|loan lenders|loan offer|loan offers|instant loan|"
        "instant loans|quick loan|quick loans|fast cash|cash advance|credit repair|no credit check|"
        "legit loan|loan company|guaranteed loan|private lender|loan firm|loan agency}",
        "{préstamos rápidos|préstamo rápido|préstamos personales|pinjaman|"
        "schnellkredit|sofortkredit|darlehen ohne|ohne schufa|privatkredit|"
        "chwilówka|chwilówki|pożyczka online|pożyczki online|rychlá půjčka|микрозайм|микрозаймы|"
        "займ онлайн|займы онлайн|займ на карту|prêt entre particuliers|offre de prêt|prêt rapide|"
        "prestito tra privati|prestito veloce|empréstimo online|empréstimo rápido|crédito rápido}",
        # (a Polish "kredyt" alone is as often the reader's own mortgage)
        "{kredyt|kredyty|pożyczka|pożyczki} {bez bik|bez zaświadczeń|od ręki}",
        "{loan|loans} at #1 {percent|interest|rate}",
    )),
    ("seo", Label.SPAM, "SEO / backlink offer", (
        "{seo|backlink|backlinks|pbn|serp|serps|백링크|상위노출}",
        "{продвижение|раскрутка} {сайта|сайтов}",
        "{link building|guest post|guest posting|guest posts|organic traffic|domain authority|"
        "high da|search engine optimization|search engine optimisation|google ranking|"
        "google rankings|first page of google|page one of google|1st page of google}",
        "{rank|ranking} {your site|your website|higher}",
        "{traffic|visitors} to your {site|website|blog}",
    )),
    ("crypto", Label.SPAM, "crypto / investment pitch", (
        "{bitcoin|btc|cryptocurrency|crypto|forex|usdt|ethereum|nft|nfts|binance|altcoin|"
        "altcoins|memecoin}",
        "{binary option|binary options|trading platform|investment platform|wallet recovery|"
        "account manager|trading expert|trading signals|mining pool|airdrop}",
        "{recover|recovered|recovery of} {my|your|lost|stolen|scammed} {funds|money|crypto|bitcoin|coins|wallet}",
        "recovery {expert|hacker|specialist|company|agent}",
        "double your {money|investment|bitcoin|income}",
        "{invested|invest} {xxmoneyxx|#1|#2|#3|#4|#5} {and|with}",
    )),
    ("tech_support", Label.SPAM, "support phone line", (
        "{customer|tech|technical} {care|support|service} {number|phone|line|helpline}",
        "{helpline|tollfree|toll free|support number|helpline number}",
        "call {us|now|our|the} {at|on|toll|support|helpline|experts|expert|xxphonexx}",
        "{printer|router|antivirus|quickbooks|outlook|email|airline|cash app|coinbase} "
        "{support|help|customer} {number|line|service}",
        "24 7 {support|helpline|customer|service}",
    )),
    ("essay", Label.SPAM, "essay / homework service", (
        "essay {writing|writer|writers|help|service|services}",
        "write my {essay|paper|assignment|thesis}",
        "{assignment|homework|dissertation|coursework|thesis} {help|writing|service|services}",
        "{term paper|term papers|essay mill|essaywriting}",
    )),
    ("services", Label.SPAM, "service offer", (
        "translate your {blog|site|website|articles|article|content|posts}",
        "{redesign|rebuild|optimize|optimise|speed up} {your|ur} {site|website|blog|store}",
        "{web design|webdesign|website design|digital marketing|social media marketing|"
        "smm|lead generation} {services|company|agency|package|expert}",
        "{increase|boost|grow|double} your {sales|traffic|ranking|rankings|followers|leads|revenue}",
        "{hire me|our agency|my agency|we offer|we provide|affordable prices|affordable services|"
        "our services|my services|best services}",
        "i am a {freelance|professional} {writer|designer|developer|translator|marketer}",
        # jobs abroad and certificates without an exam; phones unlocked
        "{visa sponsorship|work permit in}", "{no|without} {exam|exams}",
        "{icloud unlock|activation lock|frp bypass|remove frp}",
    )),
    # the language of an advert: codes, trials, prices "from" and "only", calls to buy now
    # (not "we sell" or "our shop": businesses answer their customers with those too)
    ("sales", Label.SPAM, "sales pitch", (
        "{off|discount} with {code|the code|my code|our code}",
        "{use|using|enter} {code|my code|our code|the code|promo}",
        "{5|10} off {for|with|your|first|all|today|this}",
        "{free trial|start free|try free|try it free|free samples|free sample|free consultation|"
        "first consultation free|free quote|free quotes|free estimate|free delivery|next day delivery|"
        "limited stock|stock limited|while stocks last}",
        "{book|enrol|enroll|register|sign up|apply} {now|today}",
        "{order|buy} {online|today}",
        "{visit|check out|try} {us|our website|our site|our shop|our store}",
        "{reply|dm|message|contact|email|text} {us|me|} for {pricing|prices|price|details|info|more info|a quote}",
        "{only|just} xxmoneyxx",
        "{packages|plans|prices} from",
        "link in {my|our} {profile|bio|name}",
        # ... in other languages: "20% Rabatt", "mit Code", "con el código", "промокод", "할인코드"
        # (not Portuguese "10% de desconto" nor Italian "di sconto", nor French "avec le code":
        # readers pass on a discount and scam victims the code they were asked for)
        "{5|10} {rabatt|de descuento|korting|zniżki|rabatu|할인|세일|הנחה|έκπτωση|εκπτωση|indirim}",
        "{скидка|скидки|скидку|скидкой|diskon} {5|10}",
        "{mit code|mit dem code|med koden|med kod|met code|met de code|con el código|con el codigo|"
        "con código|con il codice|com o código|com o cupom|z kodem|avec le code promo}",
        "{gutscheincode|rabattcode|rabattkode|kortingscode|kod rabatowy|código promocional|code promo|"
        "codice sconto|cupón de descuento|cupom de desconto|promosyon kodu|промокод|промокоду|할인코드|쿠폰코드}",
    )),
    # Naming a chat app is not asking to be reached on it: scam victims and honest
    # readers name them too ("a man on WhatsApp took my money", "our WhatsApp group").
    # The request is its own rule (below), so that the model can weigh the two apart.
    ("chat_app", Label.SPAM, "names a chat app", (
        f"{{{_CHAT_APPS}|signal app|{_CHAT_APPS_RU}|{_CHAT_APPS_KO}}}",
    )),
    ("contact_me", Label.SPAM, "asks to be contacted off-site", (
        "{email|e mail|mail|contact|reach|text|message|write} {me|him|her|us} "
        "{at|on|via|through|xxemailxx|xxphonexx}",
        "{dm me|inbox me|swap tips|swap links|exchange links|link exchange|guest post on}",
        f"{{{_CHAT_APPS}}} {{xxphonexx|xxemailxx|me|us|him|her|number|no|num|id|only|handle|username|link|xxurlxx}}",
        f"{{via|thru|through}} {{{_CHAT_APPS}}}",
        f"{{join|add|message|text|contact|reach|chat}} {{me|us|him|her|our|my}} {{on|via|in|at|through|}} "
        f"{{{_CHAT_APPS}}}",
        "{line id|wechat id|telegram id}",
        f"{{пишите|напишите|пиши|пишіть|звоните}} {{в|на|мне в|мне на}} {{{_CHAT_APPS_RU}}}",
        f"{{{_CHAT_APPS_KO}}} {{문의|주세요|상담|연락}}",
        f"{{{_CHAT_APPS_KO}}} * {{문의|주세요|상담|연락}}",
        f"{{문의는|문의|연락}} {{{_CHAT_APPS_KO}}}",
    )),
    ("channel", Label.SPAM, "self-promotion", (
        "my {youtube|new|music|gaming||own|little|small} channel",
        "{on|to|at|in|visit|from} {my|our} channel",
        "{subscribe|sub} to {my|me|our}",
        "{sub|subscribe|subscribed|subscribing} {me|back|pls|plz}",
        "{subcribe|suscribe|subscibe|sucscribe|subsribe|subscirbe|subscrib}",
        "i {made|started|have|created|run} a {youtube|gaming|music|new|cooking|travel} channel",
        "my {music|playlist|hit song|beats|mixtape}",  # ("my band" is as often a reader's story)
        "{open|go to|search} {google|youtube} and {type|search}",
        "{check out|checkout|check|visit|see|view} {my|our} {channel|video|videos|page|profile|"
        "site|website|blog|store|shop|music|songs|mixtape|app|product|business}",
        "{follow me on|follow us on|please subscribe|like and subscribe|"
        "hit me up|give me a chance|give us a chance|support my|support our}",
        "{my|our} {new|latest|first} {track|song|single|video|mixtape|album|cover|covers|vlog|app|"
        "ebook|course|podcast|website|blog|shop|store|book}",
        "{watch|see|hear|listen to|check|try} {my|our} {videos|video|music|songs|track|tracks|"
        "covers|cover|playlist|stuff|work|podcast|app}",
        "i am a {rapper|singer|producer|youtuber|musician|songwriter|dj|beatmaker}",
        "{im|i m} a {rapper|singer|producer|youtuber|musician|songwriter|dj|beatmaker}",
        "look {me|us|my name|our name|my channel|our channel|my page} up",
        "{please|pls|plz} {check|visit|watch|listen|support|subscribe|follow|like|share} {my|our|me|us|out}",
        "{just|simply} {do a search|search|google|type} {on|for|in}",
        "{search|google|type} {for|in} {my|our|it on}",
        "have you {heard about|heard of|tried|seen} * {yet|just}",
    )),
    ("engagement", Label.SPAM, "asks for likes or subscribers", (
        "{like|liking|thumbs up|thumb up|upvote} {this|my} comment",
        "{thumbs up|likes} if",  # ("like if" is as often "your guide will like it if")
        "{like|likes|thumbs up} for no reason",
        "give {it|this|me|this comment|my comment} a {like|thumbs up}",
        "{sub|subscribe|follow|like} 4 {sub|subscribe|follow|like}",
        "{sub4sub|f4f|l4l|like4like|follow4follow|subforsub|likeforlike|followforfollow}",
        # subscribers asked for or sold, not counted ("existing subscribers", "at 300 subscribers")
        "{get|getting|reach|reaching|hit|gain|need|buy} {*|} subscribers",
        "{more|real|youtube} subscribers",
        "{views|likes} and subscribers",
        "subscribers {please|pls|plz|goal}",
        # followers and plays sold ("1000 real Instagram followers for £9")
        "{buy|real|more|get|gain|cheap|instagram|tiktok|youtube|twitter|spotify} followers",
        "{instagram|tiktok|youtube|spotify} {views|likes|plays|streams}",
    )),
    ("spell", Label.SPAM, "spell-caster / miracle testimony", (
        "{spell caster|spellcaster|love spell|love spells|traditional healer|herbal cure|"
        "herbal medicine|herbal doctor|herbal remedy|black magic|voodoo|powerful spell|"
        "spell temple|native doctor|great priest|spiritual healer|love problem|love problems|"
        "vashikaran|astrologer|pandit ji|babaji}",
        "{get|bring|brought|return|returned|restore|restored} {my|your|her|his} {ex|lover|husband|wife|marriage}",
        "{dr|doctor|priest|lord} * {helped|cured|brought|restored|saved}",
        "cured {my|me} {of|from} {herpes|hiv|diabetes|cancer|hpv}",
    )),
    ("adult", Label.SPAM, "adult content", (
        "{porn|porno|escort|escorts|hookup|hookups|nudes|onlyfans|camgirl|camgirls}",
        # "xxx" alone signs off with kisses ("love jen xxx")
        "{free|hot|live|my} xxx", "xxx {pics|videos|video|cams|movies|films|photos|camgirls}",
        "{sex cam|sex cams|sex chat|sex video|sex dating|adult dating|hot singles|sexy girls|"
        "singles in your area|horny|webcam pics|private webcam|webcam girls|naked pics|"
        "출장안마|출장마사지|조건만남|проститутки|секс знакомства}",
    )),
    ("money_offer", Label.SPAM, "money offer", (
        "make money {online|from home|fast|easily}",
        "{make|earn} {a lot of|lots of|extra|real|big} money",
        "{money fast|easy money|fast money|earn money|making money online|earning money}",
        "earn {xxmoneyxx|up to|extra}",
        # an income claimed ("I make $450 a day"), not a price or a bill ("£12 a month")
        "{make|makes|making|made|earn|earns|earning|earned} xxmoneyxx {per|a|an|every} {day|hour|week|month}",
        "{work from home|passive income|cash prize|gift card|gift cards|limited offer|"
        "limited time offer|buy now|order now|best price|best prices|lowest price|for sale|"
        "replica|replicas|wholesale|free shipping|promo code|coupon code|discount code|"
        "claim your|you won|you have won}",
        "get paid {to|for}",
        "free {iphone|gift|robux|followers|coins|vbucks|likes}",
        "cheap {* online|pills|meds|jerseys|watches|bags|flights|essays|followers|likes}",
    )),
    ("malware", Label.SPAM, "download / malware lure", (
        "{download the full|download full|free download|download free|keygen|serial key|"
        "serial keys|mod apk|apk|cracked version|crack version|unlimited coins|unlimited gems|"
        "verify your account|login to claim|hack tool|cheat tool|generator tool}",
        "{verify|confirm} your {apple id|payment|identity|card}",
    )),
    ("template", Label.GENERIC, "template praise", (
        "{great|nice|good|awesome|excellent|wonderful|fantastic|amazing|informative|helpful|"
        "useful|interesting|superb|brilliant|lovely|cool|fabulous|outstanding|impressive|"
        "beautiful|perfect|terrific|magnificent|remarkable|valuable|pleasant|fascinating|"
        "incredible|neat|quality|very good|really good|very nice|really nice|very informative} "
        "{blog|site|website|web site|weblog|read|writeup|piece|content|information|info|job|"
        "work|share|stuff|post|posts|article|articles|topic|point|points|writing|details|"
        "blog post|article thanks|post thanks}",
        "{thanks|thank you|thx|ty} {|so much |a lot |very much }for {sharing|posting|this|the post|"
        "the article|the info|the information|the great|the nice|the useful|the helpful|writing}",
        "keep {it up|up the good work|up the great work|up the fantastic work|up the excellent work|"
        "up the nice work|posting|writing|them coming|going|sharing}",
        "{bookmark|bookmarked|bookmarking|rss|newsletter}",
        "{i will|ill|will|i am going to|im going to|i shall} {|definitely |surely |certainly |"
        "for sure }{come back|return|be back|visit again|visit often|check back|be visiting|"
        "revisit|share this|recommend this}",
        "{your|this} {blog|website|site|web site|weblog} {is|has|was|rocks}",
        "what {theme|template|platform|wordpress theme|blog platform|host|hosting} {are you|do you|is this}",
        "{i could have sworn|stumbled upon|stumbled on|came across your|came across this|"
        "found your blog|found your site|found your website|added your|added it to my|"
        "well written|nicely written|well done|good job|great job|nice job|very informative|"
        "really informative|so informative|very helpful|very useful|keep it up|great work|"
        "good work|nice work|wow|amazing|awesome|cool|nice one|great read|good read|must read}",
        "share {this|it} with my {friends|colleagues|followers|family}",
        "{hello|hi|hey|greetings|hola|hallo} {from|everyone|all|there|guys|friends}",
        "{first|1st} {comment|here|one|time here|time commenting}",
        "{muy buen|buen|excelente|gran} {artículo|articulo|post|trabajo|blog|aporte}",
        "gracias por {compartir|la información|la informacion|el post|el artículo}",
        "{toller|super|guter|schöner|interessanter} {beitrag|artikel|blog}",
        "danke für {den|diesen|deinen} {beitrag|artikel|post}",
        "{très bon|super|excellent|bel} article",
        "merci pour {cet|ce|le} {article|partage|post}",
        "{ottimo|bellissimo|bell} {articolo|post}",
        "grazie per {la condivisione|l articolo|il post}",
        "{ótimo|bom|excelente} {artigo|post|texto}",
        "obrigad{o|a} por compartilhar",
        "{artikel yang bagus|artikel yang menarik|terima kasih|bedankt voor het delen|mooi artikel|"
        "świetny artykuł|dzięki za artykuł|отличная статья|спасибо за статью|спасибо за информацию|"
        "harika yazı|harika bir yazı|çok güzel}",
    )),
)


def number_token(digits: str) -> str:
    """A run of digits as the model sees it: "#" and how many digits (up to 5)."""
    return f"#{min(len(digits), 5)}"


class _RuleIndex(NamedTuple):
    single: dict[str, str]  # "word" → rule
    # first word → second word → (rule of the two-word phrase or None,
    #                              third word → [(all words of a longer phrase, rule)])
    multi: dict[str, dict[str, tuple[str | None, dict[str, list[tuple[list[str], str]]]]]]
    # phrases with a "*" (any one word): first word → [(words, rule)]
    starred: dict[str, list[tuple[list[str], str]]]


def _compile_rules() -> _RuleIndex:
    """Index the spintax phrases of RULES by their first words, so that a comment
    is matched with a few set and dictionary lookups (no per-phrase scanning).
    A phrase listed under two rules counts for the first."""
    idx = _RuleIndex({}, {}, {})
    seen: set[tuple[str, ...]] = set()
    for name, _, _, phrases in RULES:
        for template in phrases:
            for phrase in expand_all(template):
                words = [number_token(w) if w.isdigit() else w for w in phrase.split()]
                if not words or tuple(words) in seen:
                    continue
                seen.add(tuple(words))
                if words[0] == "*":
                    raise ValueError(f"rule {name}: a phrase cannot start with '*' ({phrase!r})")
                if "*" in words:
                    idx.starred.setdefault(words[0], []).append((words, name))
                elif len(words) == 1:
                    idx.single[words[0]] = name
                else:
                    after = idx.multi.setdefault(words[0], {})
                    pair, longer = after.get(words[1], (None, {}))
                    if len(words) == 2:
                        pair = name
                    else:
                        longer.setdefault(words[2], []).append((words, name))
                    after[words[1]] = (pair, longer)
    return idx


_RULE_INDEX = _compile_rules()
# the words that can start a phrase, for one set intersection with a comment's words
_RULE_SINGLES = frozenset(_RULE_INDEX.single)
_RULE_FIRSTS = frozenset(_RULE_INDEX.multi)
_RULE_STARRED = frozenset(_RULE_INDEX.starred)
_RULE_STARTS = _RULE_SINGLES | _RULE_FIRSTS | _RULE_STARRED
_RULE_REASON = {name: reason for name, _, reason, _ in RULES}
#: The rules that argue for spam (the others, as "template", for generic)
SPAM_RULES = frozenset(name for name, label, _, _ in RULES if label is Label.SPAM)


def match_rules(words: list[str]) -> dict[str, list[str]]:
    """Rule name → the phrases of it found in ``words``."""
    fired: dict[str, list[str]] = {}
    idx = _RULE_INDEX
    present = _RULE_STARTS.intersection(words)
    if not present:
        return fired
    singles = present & _RULE_SINGLES
    firsts = present & _RULE_FIRSTS
    starred = present & _RULE_STARRED
    for w in sorted(singles, key=words.index):
        fired.setdefault(idx.single[w], []).append(w)
    n = len(words)
    if firsts:
        for i in itertools.compress(range(n - 1), map(firsts.__contains__, words)):
            node = idx.multi[words[i]].get(words[i + 1])
            if node is None:
                continue
            pair, longer = node
            if pair:
                fired.setdefault(pair, []).append(f"{words[i]} {words[i + 1]}")
            if longer and i + 2 < n:
                for phrase, name in longer.get(words[i + 2], ()):
                    if words[i:i + len(phrase)] == phrase:
                        fired.setdefault(name, []).append(" ".join(phrase))
    if starred:
        for i in itertools.compress(range(n), map(starred.__contains__, words)):
            for phrase, name in idx.starred[words[i]]:
                k = len(phrase)
                if i + k <= n and all(p == "*" or p == x for p, x in zip(phrase, words[i:i + k])):
                    fired.setdefault(name, []).append(" ".join(words[i:i + k]))
    for name, hits in fired.items():
        if len(hits) > 1:
            fired[name] = sorted(set(hits), key=hits.index)
    return fired


# --- structural patterns ---------------------------------------------------
_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
# Patterns here start with a character class, not a lookbehind, so that the
# regex engine can skip ahead to candidates (several times faster on prose).
# A phone number: an optional "+" and 9–20 digits, spaces, dots, dashes or brackets.
_PHONE = re.compile(r"[+\d](?<=(?<!\d)[+\d])(?:(?<=\+)\d|(?<=\d))[\d ().-]{7,18}\d(?!\d)")
# Runs of digits that _PHONE finds but that are no phone number: an IP address, a count with
# thousands separators ("2.124.821.694 views", "1 753 682 421"), and (see _is_phone) a run that
# goes on past the longest phone number (a 22-digit tracking number), a time ("2024-03-31 02:30")
# and a number named for what it is ("tracking number", "order no.", "account"); nor is one
# digit over and over ("BEST SONG EVER X3333333333", "0000000000").
_NOT_A_PHONE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|[1-9]\d{0,2}([.,])\d{3}(?:\1\d{3})+|[1-9]\d{0,2}(?: \d{3}){3,}"
                          r"|(\d)\2+")
_LONGEST_PHONE = 15  # digits, country code included (ITU-T E.164)
_TIME_GOES_ON = re.compile(r":\d")
_NUMBER_GOES_ON = re.compile(r"(?:[ .()-]?\d)*")
_NUMBER_CAME_BEFORE = re.compile(r"(?:\d[ .()-]?)*$")
_REFERENCE_NUMBER = re.compile(
    r"(?:\b(?:tracking|order|invoice|booking|r[eé]f(?:er\w*)?|claim|confirmation|case|ticket|account|acct"
    r"|serial|imei|iban|awb|parcel|shipment|consignment|receipt|transaction|txn|pnr|policy|member|doi"
    # ... in other languages: claim, order, tracking, file, invoice, parcel, booking
    r"|reclama\w*|protocolo|pedido|encomenda|commande|suivi|dossier|bestell\w*|auftrag|aktenzeichen|rechnung"
    r"|sendung|zamówieni\w*|przesyłk\w*|bestelling|zending|ordine|pratica|prenotazione|reserva)"
    r"s?\W{0,3}(?:(?:no|nr|num|numbers?|id|code|n[°º]|número|numéro|numero|nummer|numer)\W{0,3})?"
    # "申請番号", "주문번호", "订单号": a number named in Japanese, Korean or Chinese, but not a
    # telephone number ("電話番号", "전화번호", "电话号码")
    r"|(?<!電話)番号\W{0,2}|(?<!전화)번호\W{0,2}|[单單][号號](?:码|碼)?\W{0,2}|[编編][号號]\W{0,2})$")
# ... unless you are told to ring it ("call claim number 09066364311") or the word is a
# verb ("to claim 08712778109"; but "transferred it to account 1041 5550 2231").
_CALL = re.compile(r"\b(?:call|ring|dial|text|phone|whatsapp)\W+(?:the\W+|our\W+|your\W+)?$")
_TO_VERB = re.compile(r"\b(?:to|2)\W+$")
_REFERENCE_VERBS = ("claim", "order", "book")  # reference words that are also verbs
_MONEY = re.compile(r"[$€£¥₹]\s?\d[\d,.]*[km]?|\d[\d,.]*\s?(?:usd|eur|gbp|dollars|euros|bucks)\b")
# (``regex``, not ``re``: a word goes on through combining marks, as Thai and Hindi vowel signs,
# which ``re`` counts as breaks: "ขอบคุณ" is one word, not "ขอบค" and "ณ")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*")
# ASCII letters and digits kept, every other byte a space (bytes.translate is a table lookup)
_ASCII_NON_WORD = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))


def words_of(text: str) -> list[str]:
    """The runs of letters and digits in ``text`` (what ``_WORD`` finds; faster for ASCII)."""
    return text.encode().translate(_ASCII_NON_WORD).decode().split() if text.isascii() else _WORD.findall(text)


_DIGIT = re.compile(r"\d")
# A capitalised word in mid-sentence (after a lower-case word): a name, product, place.
_PROPER_NOUN = re.compile(r"[A-Z](?<=[a-z,] [A-Z])[\w.+#-]*[a-z0-9][\w.+#-]*")
# Code in a comment: `inline code`, a call ("name()", "obj.method("), the operators
# == => -> {}, a line that ends in ";" or starts like a shell or Python line. Each
# pattern runs only when the characters it needs are there (on prose a regex scan
# costs more than the test).
_CODE_CALL = re.compile(r"\((?<=\w\()\)|\.(?<=\w\.)\w+\(")  # \w\(\)|\w\.\w+\(, found from its "(" or "."
_CODE_BACKTICKS = re.compile(r"`[^`\n]+`")
_CODE_SEMICOLON = re.compile(r";\s*$", re.M)
_CODE_LINE = re.compile(r"^\s*(?:(?:def|import|SELECT|sudo|npm|pip) |from \S+ import )", re.M)


def _has_code(raw: str) -> bool:
    """Whether the start of ``raw`` (2,000 characters) contains code."""
    head = raw[:2000]
    return ("==" in head or "=>" in head or "->" in head or "{}" in head
            or ("(" in head and _CODE_CALL.search(head) is not None)
            or ("`" in head and _CODE_BACKTICKS.search(head) is not None)
            or (";" in head and _CODE_SEMICOLON.search(head) is not None)
            or _CODE_LINE.match(head) is not None
            or ("\n" in head and _CODE_LINE.search(head) is not None))


def _mostly_capitals(text: str) -> bool:
    """Most letters are capitals: "BUY NOW", not a Japanese comment that names "JLPT"
    (``str.isupper`` looks only at letters that have a case)."""
    return sum(map(str.isupper, text)) * 2 >= sum(map(str.isalpha, text))


_APOSTROPHE = re.compile(r"['’`´](?<=[^\W\d_]['’`´])(?=[^\W\d_])")  # "don't" → "dont"
_MENTION = re.compile(r"(?<![\w@])@\w{2,}")
# A handle with digits or an underscore ("@safe_bet88") is more often an account to
# contact on a messenger or social app than a fellow commenter addressed by name.
_HANDLE = re.compile(r"[\d_]")
_SCRIPTS = (
    ("cyrillic", regex.compile(r"\p{Cyrillic}")),
    ("greek", regex.compile(r"\p{Greek}")),
    ("arabic", regex.compile(r"\p{Arabic}")),
    ("hebrew", regex.compile(r"\p{Hebrew}")),
    ("cjk", regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")),
    ("indic", regex.compile(r"[\p{Devanagari}\p{Bengali}\p{Tamil}\p{Telugu}]")),
    ("thai", regex.compile(r"\p{Thai}")),
)
# one character class of all of them: "[\p{Cyrillic}\p{Greek}...]" (faster than alternatives)
_ANY_SCRIPT = regex.compile("[" + "".join(p.pattern.strip("[]") for _, p in _SCRIPTS) + "]")
# Chinese, Japanese and Thai are written without spaces between words, so a "word"
# there is a whole clause that no other comment repeats. Such runs are also read as
# overlapping pairs of characters ("私もN4を受けました" → 私も, 受け, けま, まし, した):
# the closest cheap thing to their words, shared across comments.
_UNSPACED_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}ー]{2,}")


def unspaced_pairs(text: str) -> list[str]:
    """The overlapping character pairs of ``text``'s runs of Chinese, Japanese or Thai
    letters, each pair once, in order of first appearance (``[]`` for other scripts)."""
    return _pairs_of(_UNSPACED_RUN.findall(text))


def _pairs_of(runs: list[str]) -> list[str]:
    return list(dict.fromkeys(run[i:i + 2] for run in runs for i in range(len(run) - 1)))


_CHINESE_PAIR = regex.compile(r"\p{Han}{2}")


def is_chinese_pair(token: str) -> bool:
    """Two Chinese characters (kanji): most often a word of its own, unlike kana or Thai pairs."""
    return len(token) == 2 and _CHINESE_PAIR.fullmatch(token) is not None


@functools.lru_cache(maxsize=256)
def _post_script(post_stems: frozenset[str]) -> str | None:
    """The script of :data:`_SCRIPTS` that at least a third of a post's words are
    written in (a post in Japanese, Russian...), or None (English and other Latin)."""
    if not post_stems:
        return None
    return next((script for script, pattern in _SCRIPTS
                 if sum(1 for w in post_stems if pattern.search(w)) * 3 >= len(post_stems)), None)


_EMOJI = regex.compile(r"\p{Extended_Pictographic}")
_MAX_EMOJI = 8  # distinct emoji kept as tokens, per comment
_URL_LIKE = re.compile(r"https?://|www\.|\.(?:com|net|org|info|biz|ru|xyz|shop|store|online)\b", re.I)

# English function words: pronouns, articles, auxiliaries, prepositions (capitalised inside
# a sentence they are Title Case, "You Are Looking So Pretty", not names)
_ENGLISH_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just let me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours
    yourself yourselves im ive ill id dont cant wont isnt didnt doesnt thats youre theyre""".split()
)
# Words that say nothing about a post: ignored when measuring overlap with it.
STOPWORDS = _ENGLISH_STOPWORDS | frozenset(
    """really much many thing things something anything everything one get got like know think
    make made well way even still good great nice awesome thanks thank post posts article blog
    site website page read reading write writing written share sharing information info
    content time today people work love lot lots keep see look looking come back new best
    need want sure yes yeah ok okay hi hello hey de la el en que y los las un una por para con
    del se es der die das und ist nicht ein eine le les et des pour pas est il di che non per
    una में है हैं की का के को से और तो भी पर यह वह था थी थे हो ही नहीं एक लिए कि जो कर
    ako ang ng sa na mga ko mo siya ka kasi pag ay naman lang din rin po yung nga pa ba
    saya yang dan ke untuk ini itu nak tak dengan ada boleh dah juga tapi kalau
    hai hain tha thi ka ki ko bhi nahi nhi aur kya ye yeh wo woh mera meri mere apna apne
    kuch koi liye wala wali wale raha rahi rahe hota hoti karna kiya diya gaya gayi
    ہے ہیں کے میں کی کا کو سے اور تو بھی پر یہ وہ تھا تھی تھے ہو ہی نہیں ایک لیے کہ جو کر بہت
    في من على الى إلى عن ان أن هذا هذه كان ما لا هو هي مع""".split()
)

# Common short words of the other languages our readers write in (German, French,
# Spanish, Portuguese, Italian, Dutch, Polish, and Hindi and Urdu written in Latin letters)
# that are not English words: a comment with two or more of them and fewer English ones is
# most likely not in English.
_FOREIGN_FUNCTION_WORDS = frozenset(
    "und ist nicht ich der das mit für auf ein eine sie wir auch aber wie sehr danke "
    "le la les et est pour je pas des une dans que qui avec sur mais très merci nous vous "
    "el los las y es para por muy pero del gracias también está "
    "não com uma muito obrigado obrigada você isso mas os "
    "il che sono della grazie anche molto di "
    "het een niet ik ook zijn voor maar bedankt wel "
    "nie się jest że czy jak dla tak już dziękuję "
    "hai hain nahi nhi bhi aur kya mera meri tha thi kuch liye".split()
)
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the a an and or but is are was be to of in on at for with it this that you your i my we "
    "me not no so if do just what have has can".split()
)


# Common German words (not English ones): German writes every noun with a capital, so
# in a German comment a capital in mid-sentence ("die Seite", "der Schreibstil") is
# not a name.
_GERMAN_FUNCTION_WORDS = frozenset(
    "und ist nicht ich der das die den dem des mit für auf ein eine einen einem auch aber wie "
    "sehr noch schon hier immer nur bei zum zur vom wird wurde habe hab hat sind war mir mich "
    "dich dir uns euch wir ihr sich oder wenn dass weil mal gerne".split()
)
#: Function words of the other languages comments most often come in: those above, which
#: guess a comment's language, and a few more. No more a keyword, or a specific word worth
#: quoting in a reason, than English "the".
OTHER_FUNCTION_WORDS = _FOREIGN_FUNCTION_WORDS | _GERMAN_FUNCTION_WORDS | frozenset(
    "con una uno per non della dei delle sus "  # Italian, Spanish
    "aux par "  # French
    "og det er en et med som til av att och jag har inte "  # Norwegian, Danish, Swedish
    "met "  # Dutch
    "bir ve bu da de için çok".split()  # Turkish
)


def _outvotes_english(words: list[str], function_words: frozenset[str], factor: int = 1) -> bool:
    """Two or more of ``function_words`` among ``words``, and more than ``factor``
    times as many as English function words (a cheap guess at the language)."""
    theirs = sum(1 for w in words if w in function_words)
    return theirs >= 2 and theirs > factor * sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS)


def _german(words: list[str]) -> bool:
    """Most likely written in German."""
    return _outvotes_english(words, _GERMAN_FUNCTION_WORDS)


def _not_english(words: list[str], other_script: bool) -> bool:
    """Most likely written in another language than English (a cheap guess).
    ``other_script``: the text has Cyrillic, Greek, Arabic, Hebrew, CJK, Indic or Thai letters."""
    if other_script:
        return True
    return _outvotes_english(words, _FOREIGN_FUNCTION_WORDS, factor=2)


# Hosts whose links in a comment are usually a reader pointing at evidence or docs
# (code, screenshots, encyclopaedias, bug trackers, maps, public bodies) rather than an advert.
# Public bodies by their official endings: .gov, .edu, .int, gov.uk and www.gov.uk,
# gouv.fr, gob.es, govt.nz, gv.at, admin.ch, ac.uk, nhs.uk, europa.eu and the like.
_REFERENCE_HOSTS = re.compile(
    r"(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|stackoverflow\.com|stackexchange\.com|"
    r"wikipedia\.org|wikimedia\.org|imgur\.com|archive\.org|python\.org|mozilla\.org|"
    r"readthedocs\.io|npmjs\.com|pypi\.org|arxiv\.org|doi\.org|europa\.eu|openstreetmap\.[a-z]{2,3})$"
    r"|(?:^|\.)(?:gov|edu|int|mil)$"
    r"|(?:^|\.)(?:gov|govt|gouv|gob|gv|go|gc|admin|bund|ac|edu|nhs|police|parliament)\.[a-z]{2}$"
    r"|^(?:docs|developer|developers|support|wiki|bugs|maps?)\."
)


def _is_reference_host(domain: str) -> bool:
    return bool(_REFERENCE_HOSTS.search(domain))


# Hosts where an author's website is a person's profile on a social or code platform,
# not a site of their own that could be selling something. Video and chat channels
# are left out: "check my channel" is a spam family.
_PROFILE_HOSTS = re.compile(
    r"(?:^|\.)(?:facebook\.com|twitter\.com|x\.com|instagram\.com|linkedin\.com|github\.com|"
    r"gitlab\.com|codeberg\.org|flickr\.com|strava\.com|bsky\.app|threads\.net|mastodon\.social|"
    r"about\.me|reddit\.com|goodreads\.com|letterboxd\.com|ravelry\.com|behance\.net|dribbble\.com|"
    r"blogger\.com|plus\.google\.com|gravatar\.com|disqus\.com|pinterest\.com|"
    # researchers' pages; social networks of Russia and China; gamers' and coders' profiles
    r"orcid\.org|scholar\.google\.com|academia\.edu|researchgate\.net|vk\.com|ok\.ru|weibo\.com|"
    r"douban\.com|myspace\.com|steamcommunity\.com|keybase\.io|stackoverflow\.com|kaggle\.com)$"
    r"|^(?:mastodon|mstdn|fosstodon)\."
)
# Free blog hosts: most often a commenter's own blog, but also where link builders
# park throwaway pages, so the model weighs them apart from profiles. Blogger serves
# blogs under country endings too ("alice.blogspot.co.uk", "alice.blogspot.de").
_FREE_BLOG_HOSTS = re.compile(
    r"(?:^|\.)(?:wordpress\.com|blogspot\.(?:com|com?\.[a-z]{2}|[a-z]{2})|substack\.com|"
    r"medium\.com|tumblr\.com|livejournal\.com|dreamwidth\.org|typepad\.com|micro\.blog|bearblog\.dev|"
    r"over-blog\.com|canalblog\.com|eklablog\.com|blogg\.no|blogg\.se|blog\.hu|blox\.pl|"
    r"hatenablog\.(?:com|jp)|hateblo\.jp|exblog\.jp|seesaa\.net|blog\.fc2\.com|ameblo\.jp|note\.com|"
    r"tistory\.com|blog\.naver\.com|blogfa\.com|pixnet\.net|lofter\.com|bloggang\.com|"
    r"livedoor\.blog|blog\.livedoor\.jp|blog\.goo\.ne\.jp|jugem\.jp|blogs\.sapo\.pt|dzen\.ru|teletype\.in|"
    # personal pages and developers' blogs
    r"home\.blog|neocities\.org|github\.io|hashnode\.dev)$"
)


# Hosts that hold many people's blogs or profiles under one name, told apart by their
# path ("blog.naver.com/<blog>/<post>", "ameblo.jp/<blog>", "medium.com/@name").
_SHARED_HOSTS = frozenset({"blog.naver.com", "m.blog.naver.com", "ameblo.jp", "medium.com", "note.com",
                           "livejournal.com", "youtube.com", "tiktok.com"})


def _site_of(url: str) -> tuple[str, tuple[str, ...] | None]:
    """A link's host (no ``www.``) and, on a shared host or a profile host, the parts
    of its path (the query, if any, kept on the last part: "profile.php?id=7"); the
    path is None where the host alone names the site."""
    host = domain_of(url)
    if host not in _SHARED_HOSTS and not _PROFILE_HOSTS.search(host):
        return host, None
    path = url.strip().lower().split("://", 1)[-1].split("#", 1)[0].partition("/")[2]
    return host, tuple(part for part in path.split("/") if part)


def same_site(url: str, other: str) -> bool:
    """Whether two links are on the same site: the same host, or one a subdomain
    of the other ("shop.acme.co.uk" and "acme.co.uk"). On a shared host such as
    ``blog.naver.com`` or a profile host, one path must also begin with the other
    (the blog ``blog.naver.com/mina`` and its post ``blog.naver.com/mina/2231``)."""
    (host, path), (other_host, other_path) = _site_of(url), _site_of(other)
    if "." not in host or "." not in other_host:
        return False
    if path is None and other_path is None:
        return host == other_host or host.endswith("." + other_host) or other_host.endswith("." + host)
    path, other_path = path or (), other_path or ()
    shorter = min(len(path), len(other_path))
    return host == other_host and shorter > 0 and path[:shorter] == other_path[:shorter]


# A referral, affiliate or invite code in a link: someone is paid when you follow it.
_REFERRAL = re.compile(
    r"[?&/;](?:ref|refid|referr?al|ref_?code|aff|affiliate|aff_?id|invite|invite_?code|promo|"
    r"promo_?code|coupon|partner)[=/_]|/(?:register|signup|sign-up|join|invite)[/?]",
    re.I,
)


_SPAMMY_EMAIL = re.compile(r"\d{4,}|seo|casino|loan|pharma|crypto|sales|marketing|promo|offer|deal", re.I)

# Commercial words that, in an author *name*, say "this name is an advert".
_AUTHOR_KEYWORDS = regex.compile(
    r"(?<![\p{L}])(?:cheap|best|buy|seo|services?|loans?|insurance|casino|online|deals?|"
    r"discount|pharmacy|pills|viagra|lawyer|attorney|repair|plumber|plumbing|roofing|movers|"
    r"cleaning|escort|dating|essay|writing|agency|marketing|shop|store|outlet|sale|free|"
    r"forex|crypto|bitcoin|hack(er)?|recovery|spell|caster|herbal|apk|download|replica|"
    r"treatment|clinic|rehab|detox|bets?|slots?|hosting|vpn|software|solutions?|"
    r"consult(ing|ants?)|company|ltd|llc|inc|\.com|\.net|\.org)(?![\p{L}])",
    regex.I,
)

# Sign-up and promo words that make any author name an advert, in one word or
# without spaces too ("Promo code 2024", "Binance注册"): registration (Latin,
# Cyrillic and Chinese/Japanese spellings), referral, promo, bonus, coupon, voucher.
_AUTHOR_PROMO = regex.compile(
    r"registr|регистрац|注册|註冊|登録|referr?al|promo|bonus|coupon|cupom|cup[oó]n|gutschein|"
    r"voucher|sign[\s\-]?up|affiliate",
    regex.I,
)


# Keyword stuffing: a run of search phrases with no sentences in it ("cheap tyres, tyres
# near me, winter tyres cheap"): few stopwords, the same content words again and again.
# (full stops and question marks of Latin, CJK, Devanagari (danda "।", "॥") and Arabic-script
# languages ("۔" in Urdu, "؟"))
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f\u0964\u0965\u06d4\u061f](?:\s|$)")


def keyword_list(words: list[str], text: str) -> str | None:
    """The repeated keyword when ``words`` read as a stuffed list of search phrases."""
    if len(words) < 6 or _SENTENCE_END.search(text):
        return None
    content = [_stem(w) for w in words if w not in STOPWORDS]
    if len(content) < 0.8 * len(words) or len(set(content)) < 4:
        return None
    counts: dict[str, int] = {}
    for w, before in zip(content, ["", *content]):
        # a word said twice in a row is emphasis or a reduplicated word ("pls pls",
        # Malay and Indonesian "hati-hati"), not a keyword repeated in a list
        if (len(w) > 2 and w != before and not w[0].isdigit() and not w.startswith(("xx", "#"))
                and w not in OTHER_FUNCTION_WORDS):  # Swedish "med" said three times is no keyword
            counts[w] = counts.get(w, 0) + 1
    top = max(counts, key=counts.__getitem__, default=None)
    if top is None:
        return None
    repeated = sum(1 for n in counts.values() if n >= 2)
    return top if counts[top] >= 3 or repeated >= 2 else None


def _plain(word: str) -> str:
    """``word`` without accents (José → jose)."""
    return word if word.isascii() else "".join(
        c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# "Dee at SparkleRight Cleaning", "Lily | Cosy Craft Finds", "Kate - TechData": a person
# who signs with the firm or blog they write for
_SIGNED_FOR = re.compile(r"\s+(?:[-–—:/]|at|from|of)\s+|\s*[|@,(–—]\s*", re.I)


def signer(name: str) -> str:
    """The person in an author name that also names a firm or blog ("Dee" of "Dee at
    SparkleRight Cleaning"); the whole name when it names nothing else."""
    return _SIGNED_FOR.split(name.strip(), maxsplit=1)[0] or name


def is_person_name(name: str) -> bool | None:
    """True when ``name`` contains a common given name or is a name and an initial
    ("Kemi A."), False when it has two or more words and none is one ("Payday Loans
    Derby"), None when it cannot tell (one word, "Anonymous", a name written in another
    script than Latin)."""
    words = [_plain(w) for w in words_of(name.casefold()) if not w.isdigit()]
    if any(w in FIRST_NAMES for w in words):
        return True
    if not any(w.isascii() for w in words):
        return None  # "سارا ت", "Анна К": names in other scripts are not in our list
    if len(words) == 2 and len(words[0]) >= 2 and len(words[1]) == 1 and words[0].isalpha():
        return True  # "Kemi A.", "Bodil H": a given name and an initial, however rare the name
    if len(words) >= 2 and "anonymous" not in words:
        return False
    return None


@functools.lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Words a run-together host name may be cut into: our corpus's words
    (``_lexicon.txt``, see ``corpus/build_lexicon.py``), given names and rule words."""
    rule_words = {*_RULE_INDEX.single, *_RULE_INDEX.multi}  # single words and first words
    rule_words.update(w for after in _RULE_INDEX.multi.values() for w in after)  # second words
    return frozenset(w for w in (*corpus_words(), *FIRST_NAMES, *rule_words)
                     if len(w) >= 3 and w.isascii() and w.isalpha())


_MAX_WORD = 14


def _split_run(label: str) -> list[str]:
    """``label`` cut into two or more lexicon words, favouring long words
    ("cheapjerseysfree" → cheap, jerseys, free); ``[]`` when known words would cover
    less than 3/4 of it."""
    lexicon = _lexicon()
    n = len(label)
    # best[i]: (score, words) for label[:i]; a word scores its length squared, a left-over letter 0
    empty: tuple[str, ...] = ()
    best = [(0, empty)]
    for i in range(1, n + 1):
        score, words = best[i - 1]
        for j in range(max(0, i - _MAX_WORD), i - 2):  # pieces of 3 to _MAX_WORD letters
            piece = label[j:i]
            if piece in lexicon and best[j][0] + (i - j) ** 2 > score and piece != label:
                score, words = best[j][0] + (i - j) ** 2, best[j][1] + (piece,)
        best.append((score, words))
    found = best[n][1]
    return list(found) if sum(map(len, found)) >= 0.75 * n else []


@functools.lru_cache(maxsize=4096)
def domain_words(domain: str) -> tuple[str, ...]:
    """The words of a host name, without ``www`` and the ending: its labels split at
    dots and hyphens, and long run-together labels also cut into known words
    ("best-cbd.cheapjerseysfree.us" → best, cbd, cheapjerseysfree, cheap, jerseys, free)."""
    parts = [p for p in re.split(r"[.\-]", domain.lower())[:-1] if len(p) >= 3 and p != "www"]
    words: list[str] = []
    for p in parts:
        words.append(p)
        if len(p) >= 7 and p.isascii() and p.isalpha():
            words.extend(w for w in _split_run(p) if w != p)
    return tuple(dict.fromkeys(words))


# words of a host name too common to say that a comment names that site (besides the
# STOPWORDS, which already hold "blog", "site", "page", "info")
_HOST_FILLER = frozenset("blogs shop store home online news life world mail group services service "
                         "company official".split())


# Platforms that give each customer a site under a name of their own
# ("clayandcoffee.etsy.com", "thebuttonjar.myshopify.com"): the platform's name is not
# the author's site's name, and a seller who mentions Etsy does not name their own shop.
_HOSTING_PLATFORMS = re.compile(
    r"\.(?:etsy\.com|myshopify\.com|bigcartel\.com|square\.site|wixsite\.com|weebly\.com|"
    r"squarespace\.com|carrd\.co|gumroad\.com|storenvy\.com|ecwid\.com|sumupstore\.com|"
    r"godaddysites\.com|business\.site|webflow\.io|jimdosite\.com|netlify\.app|"
    r"vercel\.app|pages\.dev|web\.app|firebaseapp\.com|herokuapp\.com)$"
)


def owner_words(domain: str, site_words: tuple[str, ...]) -> tuple[str, ...]:
    """``site_words`` (the words of ``domain``) without those of the hosting platform it
    sits on, if any: what its owner named it."""
    platform = _HOSTING_PLATFORMS.search(domain)
    if not platform:
        return site_words
    theirs = domain_words(platform.group(0)[1:])
    return tuple(w for w in site_words if w not in theirs)


def named_site_words(site_words: tuple[str, ...], words: list[str]) -> list[str]:
    """The words of an author's website (:func:`domain_words`) that the comment's own
    text uses, alone or as two words run together (``words``: links and e-mail
    addresses already replaced): the comment names the site it is signed with."""
    candidates = [w for w in site_words if len(w) >= 4 and w not in STOPWORDS and w not in _HOST_FILLER]
    if not candidates:
        return []
    present = set(words)
    present.update(a + b for a, b in zip(words, words[1:]))  # "Calm Canine" names calmcanine.com
    return [w for w in candidates if w in present]


_LENGTH_REASON = {  # by bucket, so that reports can count them
    "0": "no words", "1-2": "very short (1–2 words)", "3-5": "very short (3–5 words)",
    "6-10": "short (6–10 words)", "11-20": "11–20 words", "21-40": "21–40 words",
    "41-80": "long (41–80 words)", "81+": "long (over 80 words)",
}


def _length_bucket(n_words: int) -> str:
    for limit, name in ((0, "0"), (2, "1-2"), (5, "3-5"), (10, "6-10"), (20, "11-20"),
                        (40, "21-40"), (80, "41-80")):
        if n_words <= limit:
            return name
    return "81+"


# the length signal for 0..81 words (81 standing for "more"), made once
_LENGTH_SIGNALS = [Signal(f"len:{b}", _LENGTH_REASON[b]) for b in map(_length_bucket, range(82))]
_NO_POST = Signal("post:none", "no post text given")


def _quote(items: list[str], limit: int = 3) -> str:
    shown = ", ".join(f"'{i}'" for i in items[:limit])
    return shown + (f" (+{len(items) - limit} more)" if len(items) > limit else "")


def post_words(title: str | None, text: str | None) -> frozenset[str] | None:
    """The specific words of a post (its title and the start of its text), or
    ``None`` when neither is known. Used to tell specific feedback from praise
    that could sit under any post."""
    if not title and not text:
        return None
    body = f"{title or ''} {(text or '')[:20_000]}"
    words = words_of(_APOSTROPHE.sub("", normalise(body).text))
    return frozenset(_stem(w) for w in words if len(w) >= 4 and w not in STOPWORDS and not w.isdigit())


def _related_to_post(links: list[str] | tuple[str, ...], post_stems: frozenset[str]) -> list[str]:
    """Links (or e-mail domains) that contain one of the post's longer word stems."""
    # a full-length stem of the post anywhere in the link: look up the link's STEM_LEN-letter windows
    n = STEM_LEN
    return [u for u in links if any(u[i:i + n] in post_stems for i in range(len(u) - n + 1))]


def _post_words(comment: Comment) -> frozenset[str] | None:
    return post_words(comment.post_title, comment.post_text)


def _template_share(hits: list[str], words: list[str]) -> float:
    """The share of a comment's words that are template-praise phrases."""
    return sum(h.count(" ") + 1 for h in hits) / max(len(words), 1)


def _is_phone(m: re.Match[str]) -> bool:
    """Whether a run of digits that _PHONE found reads as a phone number where it stands."""
    text, start, end = m.string, m.start(), m.end()
    if _NOT_A_PHONE.fullmatch(m.group(0).strip()) or _TIME_GOES_ON.match(text, end):
        return False
    # the run of digits this match is part of, 40 characters each way at most (enough for the
    # 16th digit; more would make a comment of nothing but digits cost time quadratic in its length)
    before = _NUMBER_CAME_BEFORE.search(text, max(0, start - 40), start)
    after = _NUMBER_GOES_ON.match(text, end, end + 40)
    run = (before.group(0) if before else "") + m.group(0) + (after.group(0) if after else "")
    if len(run) > len(m.group(0)) and sum(c.isdigit() for c in run) > _LONGEST_PHONE:
        return False
    named = _REFERENCE_NUMBER.search(text, max(0, start - 30), start)
    if named is None:
        return True
    ahead = max(0, named.start() - 20)
    return (_CALL.search(text, ahead, named.start()) is not None
            or (named.group(0).startswith(_REFERENCE_VERBS) and _TO_VERB.search(text, ahead, named.start()) is not None))


def featurise(comment: Comment, post_stems: frozenset[str] | None = None) -> Features:
    """Tokens and signals for one comment. ``post_stems`` (from :func:`post_words`)
    may be passed in to avoid re-reading the same post for each of its comments."""
    norm = normalise(comment.text)
    text = norm.text
    if post_stems is None:
        post_stems = _post_words(comment)  # None when the comment comes without its post
    signals: list[Signal] = []
    add = signals.append

    # --- placeholders for links, e-mail, phone numbers, money -----------------
    emails: list[str] = []
    phones: list[str] = []
    money: list[str] = []
    urls = norm.urls
    if urls:
        for u in sorted(urls, key=len, reverse=True):
            text = text.replace(u, " xxurlxx ")
    if "@" in text:
        emails = _EMAIL.findall(text)
        if emails:
            text = _EMAIL.sub(" xxemailxx ", text)

    def _phone(m: re.Match[str]) -> str:
        value = m.group(0)
        if sum(c.isdigit() for c in value) < 9 or not _is_phone(m):
            return value
        phones.append(value.strip())
        return " xxphonexx "

    has_digits = _DIGIT.search(text) is not None
    if has_digits:
        text = _PHONE.sub(_phone, text)
    if "$" in text or "€" in text or "£" in text or "¥" in text or "₹" in text or "usd" in text \
            or "eur" in text or "dollar" in text or "bucks" in text or "gbp" in text:
        money = _MONEY.findall(text)
        if money:
            text = _MONEY.sub(" xxmoneyxx ", text)

    if "'" in text or "’" in text or "`" in text or "´" in text:
        text = _APOSTROPHE.sub("", text)
    words = words_of(text)
    other_script = not text.isascii() and _ANY_SCRIPT.search(text) is not None
    n_words = len(words) - len(urls) - len(emails) - len(phones) - len(money)
    digits_seen = False
    if has_digits:
        digits = list(itertools.compress(itertools.count(), map(str.isdigit, words)))
        digits_seen = bool(digits)
        for i in digits:
            words[i] = number_token(words[i])
        n_words -= len(digits)
    extra: list[str] = []  # tokens that take no part in bigrams
    runs = _UNSPACED_RUN.findall(text) if other_script else []
    if runs:
        extra.extend(_pairs_of(runs))
        # each run counted one word above; for the length signal it holds about one
        # word per two characters
        n_words += sum(len(r) // 2 for r in runs) - len(runs)

    # --- rules ----------------------------------------------------------------------
    rules = match_rules(words)
    for name, hits in rules.items():
        add(Signal(f"rule:{name}", f"{_RULE_REASON[name]}: {_quote(hits)}"))
        if name == "template" and len(hits) >= 3:
            add(Signal("rule:template:3+", "several template-praise phrases"))

    # --- links and contact details --------------------------------------------------
    if urls:
        domains = list(dict.fromkeys(domain_of(u) for u in urls))
        n = len(urls)
        add(Signal("links:1" if n == 1 else "links:2+",
                   f"{n} link{'s' if n > 1 else ''} to {_quote(domains)}"))
        for d in domains[:5]:
            parts = [p for p in re.split(r"[.\-]", d) if p]
            if not parts:
                continue
            add(Signal(f"tld:{parts[-1]}", f"link to a .{parts[-1]} domain ({d})"))
            extra.extend(f"domain:{w}" for w in domain_words(d))
        if n_words - n <= 3:
            add(Signal("link-only", "little besides a link"))
        reference = [d for d in domains if _is_reference_host(d)]
        if reference:
            add(Signal("link:reference", f"links to a reference site ({reference[0]})"))
        referral = next((u for u in urls if _REFERRAL.search(u)), None)
        if referral:
            add(Signal("link:referral", f"link carries a referral or affiliate code ({domain_of(referral)})"))
        if post_stems:
            related = _related_to_post(urls, post_stems)
            if related:
                add(Signal("link:matches-post", f"the link is about the post's subject ({domain_of(related[0])})"))
    if norm.html_links:
        add(Signal("html-link", "link written as HTML or BBCode markup"))
    if norm.spelled_links:
        add(Signal("spelled-link", "link spelled out to dodge filters ('dot com')"))
    if emails:
        add(Signal("email", f"e-mail address in the text: {_quote(emails, 1)}"))
        if post_stems and _related_to_post([e.rpartition("@")[2] for e in emails], post_stems):
            add(Signal("email:matches-post", "the e-mail address belongs to the post's subject"))
    if phones:
        add(Signal("phone", f"phone number in the text: {_quote(phones, 1)}"))
    if money:
        add(Signal("money", f"mentions money: {_quote(money, 2)}"))

    # --- obfuscation ----------------------------------------------------------------
    if norm.invisible:
        add(Signal("obf:invisible", f"{norm.invisible} hidden (zero-width/bidi/control) characters"))
    if norm.homoglyph_words:
        add(Signal("obf:homoglyph", "words mixing Latin with look-alike letters"))
    if norm.leet_words:
        add(Signal("obf:leet", "leetspeak (digits standing for letters)"))
    if norm.spaced_words:
        add(Signal("obf:spaced", "s p a c e d - o u t words"))

    # --- author metadata ------------------------------------------------------------
    # (tokens starting "author-" only tell spam from not-spam; see AUTHOR_TOKEN_PREFIX)
    author = comment.author
    if author and "&" in author:  # WordPress stores names with entities ("Ping &laquo; Blog")
        author = html.unescape(author)
    name_words = words_of(author.casefold()) if author else []
    person = is_person_name(author) if author else None
    advert_word = _AUTHOR_KEYWORDS.search(author) if author else None
    site_words: tuple[str, ...] = ()
    # the author's website is the blog's own site: a reply from the blog (its owner or
    # staff), whose name and address name the blog or business itself, not an advert
    own_site = bool(comment.author_url and comment.post_url
                    and same_site(comment.author_url, comment.post_url))
    if own_site:
        add(Signal("author-url:this-site", f"author website is this blog's own site "
                                          f"({domain_of(comment.author_url or '')}): a reply from the blog"))
    elif comment.author_url and comment.author_url.strip():
        d = domain_of(comment.author_url)
        site_words = domain_words(d)
        add(Signal("author-url", f"author website: {d}"))
        if _PROFILE_HOSTS.search(d):
            add(Signal("author-url:profile", f"author website is a personal profile ({d})"))
        elif _FREE_BLOG_HOSTS.search(d):
            add(Signal("author-url:free-blog", f"author website is a free blog ({d})"))
        else:
            commercial = _AUTHOR_KEYWORDS.search(" ".join(site_words))
            if commercial:
                add(Signal("author-url:commercial", f"author website's name reads like a business "
                                                    f"('{commercial.group(0)}' in {d})"))
            named = named_site_words(owner_words(d, site_words), words)
            if named:
                # "we called BasementRescue Pros" signed with basementrescue-pros.com: the
                # comment names the business its author's website belongs to
                add(Signal("author-url:named", f"names the author's own website ({d}): {_quote(named, 2)}"))
            # a person's name or handle (not keywords) in any part of the host: jobaker.net,
            # blog.jobaker.net; of "Margaret - Wexcombe Taxis" only the person counts
            signed = signer(author) if author else ""
            person_words = name_words if signed == author else words_of(signed.casefold())
            if (person is not False and not advert_word
                    and any(w in part for w in person_words if len(w) >= 3 for part in site_words)):
                add(Signal("author-url:own-name", f"author website carries the author's name ({d})"))
            if "template" in rules:
                # praise that could sit under any post, signed with a site of one's own: the
                # favourite camouflage of link spam (generic praise + commercial link = spam)
                # (a comment that only says "thanks for sharing" in passing is weighed on its own)
                if _template_share(rules["template"], words) >= 0.1:
                    add(Signal("author-url+template", f"template praise signed with a website ({d})"))
                else:
                    add(Signal("author-url+template:passing",
                               f"a stock phrase in passing, signed with a website ({d})"))
        if _REFERRAL.search(comment.author_url):
            add(Signal("author-url:referral", f"author website carries a referral or affiliate code ({d})"))
    for name, hits in match_rules([*site_words, *name_words]).items() \
            if (site_words or name_words) and not own_site else ():
        if name in SPAM_RULES:
            add(Signal(f"author-rule:{name}", f"author's name or website: {_RULE_REASON[name]}: {_quote(hits)}"))
    if author:
        name = author.strip()
        if person is not None:
            add(Signal("author-name:person", f"author gives a person's name ('{name[:40]}')") if person
                else Signal("author-name:not-person",
                            f"author name has no given name we know ('{name[:40]}')"))
        if not own_site and ((len(name.split()) >= 2 and advert_word) or _URL_LIKE.search(name)
                             or _AUTHOR_PROMO.search(name)):
            add(Signal("author-keywords", f"author name reads like an advert: '{name[:60]}'"))
    if comment.author_email and _SPAMMY_EMAIL.search(comment.author_email):
        add(Signal("author-email-spammy", "author e-mail looks machine-made or commercial"))

    # --- thread and post context ----------------------------------------------------
    if comment.parent_id:
        add(Signal("reply", "reply in a thread"))
    mentions = _MENTION.findall(text) if "@" in text else []
    if mentions:
        handles = [m for m in mentions if _HANDLE.search(m)]
        if len(handles) < len(mentions):
            add(Signal("mention", "addresses another person (@name)"))
        if handles:
            add(Signal("mention:handle", f"gives an account handle ({handles[0]})"))
    if post_stems is None:
        add(_NO_POST)
    else:
        shared = list(dict.fromkeys([w for w in words if len(w) >= 4 and _stem(w) in post_stems
                                     and w not in STOPWORDS]))
        if urls and shared:
            add(Signal("link+post-words", "a link alongside words from the post"))
        if not shared:
            if _not_english(words, other_script):
                # another language than our (English) posts: sharing no words says nothing
                add(Signal("post:other-language", "not in English, so not matched against the post's words"))
            else:
                add(Signal("post:overlap0", "shares no specific words with the post"))
        else:
            add(Signal("post:overlap1" if len(shared) == 1 else "post:overlap2+",
                       f"refers to the post: {_quote(shared)}"))

    # --- shape --------------------------------------------------------------------------
    add(_LENGTH_SIGNALS[min(max(n_words, 0), 81)])
    raw = comment.text
    if digits_seen:
        add(Signal("numbers", "mentions numbers (steps, versions, prices, dates)"))
    names = _PROPER_NOUN.findall(raw[:2000])
    if names:
        # "Mac." of "in Safari on the Mac." is "Mac"; "You" and "Are" of Title Case are no names
        names = [n for n in (n.rstrip(".") for n in names) if n.casefold() not in _ENGLISH_STOPWORDS]
        if _german(words):  # German capitalises every noun
            names = []
    if names:
        add(Signal("names" if len(names) == 1 else "names:2+",
                   f"names specific things: {_quote(list(dict.fromkeys(names)), 3)}"))
    if "?" in text:
        add(Signal("question", "asks a question"))
    stuffed = keyword_list(words, text)
    if stuffed:
        add(Signal("keyword-list", f"a list of repeated search keywords ('{stuffed}…')"))
    if "!!!" in raw:
        add(Signal("exclaims", "several exclamation marks"))
    if raw.isupper() and n_words >= 3 and _mostly_capitals(raw):
        add(Signal("shouting", "written in capitals"))
    if _has_code(raw):
        add(Signal("code", "contains code"))
    if not text.isascii():
        # each emoji is a word of its own: "😍" is praise, "👉" points at an advert. (One
        # "uses emoji" signal for all of them read honest readers' "💦" and "🙏" as spam.)
        emoji = _EMOJI.findall(text)
        if emoji:
            extra.extend(list(dict.fromkeys(emoji))[:_MAX_EMOJI])
        for script, pattern in _SCRIPTS if other_script else ():
            if pattern.search(text):
                if post_stems and _post_script(post_stems) == script:
                    # on a blog written in that script it says nothing: one token for all of them
                    add(Signal("script:as-post", f"written in {script} script, as the post is"))
                else:
                    add(Signal(f"script:{script}", f"written in {script} script"))
                break
    if norm.truncated:
        add(Signal("truncated", "very long comment (only the start was read)"))
    return Features(words, extra, signals, norm, tuple(f"author-domain:{w}" for w in site_words))
