from __future__ import annotations

import pytest

from commentguard._normalise import MAX_CHARS, domain_of, normalise


@pytest.mark.parametrize(
    ("raw", "expected_word"),
    [
        ("Buy v1agra now", "viagra"),
        ("best c4sino in town", "casino"),
        ("c a s i n o bonus", "casino"),
        ("v.i.a.g.r.a pills", "viagra"),
        ("free с\u0430sino bonus", "casino"),  # Cyrillic с and а inside a Latin word
        ("ca\u200bsi\u200bno", "casino"),  # zero-width spaces
        ("ＣＡＳＩＮＯ", "casino"),  # full-width letters
        ("𝐜𝐚𝐬𝐢𝐧𝐨", "casino"),  # mathematical bold letters
        ("cheap &amp; fast", "cheap & fast"),
        ("<b>bold</b> text", "bold text"),
    ],
)
def test_obfuscation_is_undone(raw: str, expected_word: str) -> None:
    assert expected_word in normalise(raw).text


@pytest.mark.parametrize(
    ("raw", "domain"),
    [
        ("visit cheapmeds dot com today", "cheapmeds.com"),
        ("go to cheap(.)net", "cheap.net"),
        ('<a href="http://spam.example.ru/x">click</a>', "spam.example.ru"),
        ("[url=https://a-shop.biz]shop[/url]", "a-shop.biz"),
        ("see www.best-seo.net for more", "best-seo.net"),
        ("bare domain rx-store.xyz works too", "rx-store.xyz"),
        ("Пишите: perevod-agency точка ru", "perevod-agency.ru"),  # "dot" in other languages
        ("zaem-bg(точка)top", "zaem-bg.top"),
        ("miho-chat（ドット）net で待ってるね", "miho-chat.net"),
        ("▶ kajino77닷컴", "kajino77.com"),
        ("Versand in 48h ➜ apotheke24 [punkt] net", "apotheke24.net"),
        ("inscrivez-vous ici : nihongo-facile [point] fr", "nihongo-facile.fr"),
        # newer endings, some of them everyday words
        ("Verify your account within 24h: naver-blog-verify.support/login", "naver-blog-verify.support"),
        ("get it at endnote-crack-free.download/setup.exe", "endnote-crack-free.download"),
        ("skins at knifecrate.gg", "knifecrate.gg"),
        ("app built by appnest-studio.dev", "appnest-studio.dev"),
    ],
)
def test_links_are_found_however_written(raw: str, domain: str) -> None:
    assert domain in {domain_of(u) for u in normalise(raw).urls}


@pytest.mark.parametrize("text", [
    "python3 and 4k video", "email me at bob@example.org", "@maria thanks", "e.g. U.S. prices",
    "おにぎり1個追加してます", "资产3倍了", "ป้ายรถเมล์5สาย",  # digits between CJK or Thai letters are numbers
    "Thanks 🙇\u200d♀️ so much", "my kids 👩\u200d👧\u200d👦 love it",  # joiners inside emoji
    "مزه\u200cاش بی\u200cروحه", "क्\u200dष",  # Persian half-spaces, a Devanagari conjunct
    "a 220µF capacitor", "250 µmol at 30cm",  # a Greek mu in a unit
])
def test_innocent_text_is_not_called_obfuscated(text: str) -> None:
    n = normalise(text)
    assert n.leet_words == 0 and n.homoglyph_words == 0 and n.spaced_words == 0 and n.invisible == 0
    assert any(c.isdigit() for c in n.text) == any(c.isdigit() for c in text)


def test_a_joiner_between_letters_is_still_a_hidden_character() -> None:
    assert normalise("vi\u200dagra").invisible == 1 and normalise("👍\u200d ok").invisible == 1
    assert normalise("vi\u200cagra").invisible == 1  # a non-joiner between Latin letters too


def test_variation_selectors_inside_words_are_removed_and_counted() -> None:
    n = normalise("m\ufe0fake m\ufe0fon\ufe0eey fast")
    assert n.text == "make money fast" and n.invisible == 3
    n = normalise("love it ❤️ and 1\ufe0f\u20e3 more")  # after an emoji or a digit: how it is drawn
    assert "❤\ufe0f" in n.text and n.invisible == 0


def test_russian_text_is_left_alone() -> None:
    n = normalise("Спасибо за статью, очень полезно")
    assert n.homoglyph_words == 0
    assert n.text == "спасибо за статью, очень полезно"


def test_long_text_is_cut_and_flagged() -> None:
    n = normalise("word " * MAX_CHARS)
    assert n.truncated and len(n.text) <= MAX_CHARS


def test_lone_surrogates_and_controls_do_not_break() -> None:
    n = normalise("bad \ud800 text \x00 with \u202e bidi")
    assert "\ud800" not in n.text and "\x00" not in n.text and n.invisible >= 2


def test_links_written_with_spaces_for_dots_are_found() -> None:
    n = normalise('visit " ww estiloproduction com " for more')
    assert n.urls == ("www.estiloproduction.com",) and n.spelled_links == 1
    assert normalise("the www is big com").urls == ()


@pytest.mark.parametrize("text", [
    "I tried the recipe . It worked great , thanks .",  # a space before the full stop
    "my dog is sick . No idea what to do",
    "it depends on your business. In our survey of 350 firms",
    "tried it twice.it still didnt rise",  # no space after the full stop
    "thanks for the tip.me and my dad fixed the door",
    "I love it for two reasons: 1.it is catchy 2.the video",  # a numbered list
    "ok.me too",
    "in rice for a week.still dead.shop found corrosion",  # other everyday endings too
    "if the div id has a dot in it the tab never switches",  # talk about a dot
    "the link is the .ca one, NOT the .com one",
    "il punto di partenza", "el punto es que nadie lo sabe",  # "point" is a word, unbracketed
    "I really need help . help me please",  # a spaced full stop before a newer word ending
    "phone was dead.help me get the photos off",
    "write to customer.care@brackenwaybuses.co.uk",  # an e-mail address's own part is not a link
])
def test_a_misplaced_space_around_a_full_stop_is_not_a_link(text: str) -> None:
    n = normalise(text)
    assert n.urls == () and n.spelled_links == 0


@pytest.mark.parametrize(("raw", "domain"), [
    ("see quickfixparts.in for parts", "quickfixparts.in"),  # a name made of several words
    ("bet365.it bonus", "bet365.it"),
    ("mysite.it/page", "mysite.it"),
    ("cheapmeds dot in", "cheapmeds.in"),  # spelled out: a link whatever the ending
    ("recipe (.) it", "recipe.it"),
    ("rx-store . shop", "rx-store.shop"),  # an ending that does not start sentences
    ("www.twice.it", "twice.it"),
    ("order at pillsdirect.shop", "pillsdirect.shop"),
])
def test_links_with_sentence_word_endings_are_still_links(raw: str, domain: str) -> None:
    assert domain in {domain_of(u) for u in normalise(raw).urls}


@pytest.mark.parametrize("text", [
    "the Razr V3c and the S710a both died", "ripped my mp3s to the Z500a",  # model numbers
    "that was awesome!!she loved it", "lmao!nice one",  # exclamation marks between words
    "it didnt go that well!i just wanted my bed", "{great|awesome} {post|article}!",  # and bars
    "quoting booking ref qz7k2p got me €250", "booking code tk3w9m",  # a 2, 6 or 8 stands for no letter
])
def test_model_numbers_and_exclamations_are_not_leetspeak(text: str) -> None:
    n = normalise(text)
    assert n.leet_words == 0 and n.text == text.lower()


@pytest.mark.parametrize(("raw", "word"), [
    ("cheap v1agra", "viagra"), ("b1ue p1lls", "blue"), ("free sp1ns", "spins"),
    ("c1aim your prize", "claim"), ("sh!t happens", "shit"), ("ca$h now", "cash"),
])
def test_leetspeak_that_spells_a_word_is_read(raw: str, word: str) -> None:
    n = normalise(raw)
    assert word in n.text.split() and n.leet_words >= 1


def test_windows_1252_read_as_latin_1_is_repaired_not_hidden() -> None:
    n = normalise("That\x92s fine, \x93ok\x94 \x96 thanks")  # curly quotes and a dash as C1 controls
    assert n.text == "that’s fine, “ok” – thanks" and n.invisible == 0
    assert normalise("bad \x81 char").invisible == 1  # not a Windows-1252 character: still hidden


@pytest.mark.parametrize("text", [
    "Eu cobro R$ 120 a extra. Com 2 rodadas raramente passa.",  # Portuguese "com" (with)
    "Tudo certo. Com brilho no máximo cai mais rápido.",
])
def test_a_capitalised_word_after_a_full_stop_is_a_sentence_not_a_link(text: str) -> None:
    n = normalise(text)
    assert n.urls == () and n.spelled_links == 0
