"""The safety net: crisis phrasings youths really use trigger, ordinary sentences do not.

All sentences are invented. To add a pattern: add the phrase here first (with its
category), an ordinary sentence it must not catch, then edit locales/safety/<lang>.txt.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import safety_corpus as corpus
from bot.safety import CATEGORIES, SAFETY_DIR, Hit, SafetyNet, _read, normalize

MUST_TRIGGER_FR = [
    ("je veux mourir", "suicide"),
    ("J'ai envie de mourir", "suicide"),
    ("je vais me tuer", "suicide"),
    ("des fois j'ai envie de me suicider", "suicide"),
    ("je pense au suicide", "suicide"),
    ("je veux en finir avec la vie", "suicide"),
    ("j’en peux plus de vivre", "suicide"),
    ("plus envie de vivre", "suicide"),
    ("jveux mourir", "suicide"),
    ("jvx mouriiiir", "suicide"),
    ("envie de crever", "suicide"),
    ("jai envi de mourir", "suicide"),
    ("J'ai des idées noires", "suicide"),
    ("je veux en finir", "suicide"),
    ("jvais me foutre en l'air", "suicide"),
    ("chui suicidaire", "suicide"),
    ("tout le monde serait mieux sans moi", "suicide"),
    ("j'ai fait une TS l'an dernier", "suicide"),
    ("je vais avaler toutes mes pilules", "suicide"),
    ("je me scarifie", "self_harm"),
    ("je me fais du mal", "self_harm"),
    ("je me coupe", "self_harm"),
    ("Je me suis encore coupée hier soir", "self_harm"),
    ("je me coupe les bras", "self_harm"),
    ("j'ai envie de me faire du mal", "self_harm"),
    ("il me frappe", "violence"),
    ("mon père me bat", "abuse"),
    ("Mon copain me frappe quand il a bu", "violence"),
    ("mon beau-père m'a frappée", "violence"),
    ("je me fais tabasser au foyer", "violence"),
    ("je vais le tuer", "threat"),
    ("j'ai une arme", "threat"),
    ("il me menace", "violence"),
    ("mon ex me menace de mort", "violence"),
    ("il a dit qu'il allait me tuer", "danger"),
    ("on m'a violée", "abuse"),
    ("il me touche alors que je veux pas", "abuse"),
    ("je me suis fait violer", "abuse"),
    ("mon oncle m'a touchée", "abuse"),
    ("il menace de publier mes photos", "abuse"),
    ("il me force à faire des choses", "abuse"),
    ("jpp de vivre", "suicide"),
    ("je veux disparaître", "suicide"),
    ("je me frappe la tête contre les murs", "self_harm"),
    ("mes parents me frappent", "abuse"),
    ("on me harcèle au lycée", "violence"),
    ("j'ai peur de rentrer chez moi", "danger"),
    ("mon beau-père me tripote", "abuse"),
]

MUST_TRIGGER_EN = [
    ("I want to die", "suicide"),
    ("i wanna die", "suicide"),
    ("sometimes I think I'll kill myself", "suicide"),
    ("I've been suicidal for weeks", "suicide"),
    ("I want to end my life", "suicide"),
    ("I don't want to live anymore", "suicide"),
    ("i dont want to live anymore", "suicide"),
    ("I’m thinking about suicide", "suicide"),
    ("everyone would be better off without me", "suicide"),
    ("I wish I was dead", "suicide"),
    ("I'm going to take all my pills", "suicide"),
    ("I cut myself", "self_harm"),
    ("I keep hurting myself", "self_harm"),
    ("self-harm", "self_harm"),
    ("I started cutting again", "self_harm"),
    ("he hits me", "violence"),
    ("my dad beats me", "abuse"),
    ("My boyfriend punched me", "violence"),
    ("I'm being bullied at school", "violence"),
    ("I'm going to kill him", "threat"),
    ("I have a gun", "threat"),
    ("he threatens me", "violence"),
    ("I'm scared to go home", "danger"),
    ("I was raped", "abuse"),
    ("he touches me", "abuse"),
    ("my uncle touches me at night", "abuse"),
    ("he forced me to send nudes", "abuse"),
    ("he threatened to post my pics", "abuse"),
    ("kms", "suicide"),
    ("i cut my wrists", "self_harm"),
    ("I got jumped after school", "violence"),
    ("I've got a knife on me", "threat"),
    ("he molested me", "abuse"),
]

MUST_NOT_TRIGGER_FR = [
    "je suis mort de rire",
    "mdr je suis morte",
    "ce film m'a tué",
    "ce boulot me tue",
    "j'ai tué le match hier",
    "je me suis coupé les cheveux",
    "je me coupe les ongles",
    "je me suis coupé le doigt en cuisinant",
    "on a frappé à la porte",
    "il a frappé le ballon",
    "je me bats pour trouver un job",
    "on se bat pour nos droits",
    "mon père bat des records",
    "la batterie de mon téléphone est morte",
    "je suis mort de fatigue",
    "je meurs de faim",
    "ma mère va me tuer si je rentre tard",
    "je me tue à te le dire",
    "il me tape sur les nerfs",
    "ce qui me frappe c'est sa gentillesse",
    "ton message me touche beaucoup",
    "mon frère m'a battu à FIFA",
    "je veux finir mon CV",
    "je veux en finir avec ce dossier",
    "je vais tuer le temps en lisant",
    "j'ai coupé le son",
    "je veux crever l'abcès avec mon chef",
    "je vais mourir de chaud dans ce bus",
    "c'est une tuerie ce burger",
    "je veux pas vivre chez mon père",
    "le tueur du film fait peur",
    "j'ai envie de dormir",
    "on a parlé du stage et de la deadline",
    "je veux disparaître de ce groupe",
    "il m'a battu aux échecs",
    "je me fais taper sur les doigts par mon chef",
    "j'ai une arme secrète pour l'entretien",
    "arrête tu me tues mdr",
    "mon coeur bat fort avant l'entretien",
    "il va me planter au rendez-vous",
    "elle me tape dans l'oeil",
    "c'est mortel ce son",
]

MUST_NOT_TRIGGER_EN = [
    "I'm dying to see the match",
    "this job is killing me",
    "I cut my hair",
    "he hit the ball",
    "knock on the door",
    "the deadline is on Friday",
    "it's a killer app",
    "I killed it at the interview",
    "my phone is dead",
    "I'm dead tired",
    "that joke kills me",
    "she beat me at chess",
    "he hit me up yesterday",
    "your message really touches me",
    "this song touched me deeply",
    "I cut myself shaving",
    "I hurt myself playing football",
    "my mom is going to kill me if I'm late",
    "the battery died",
    "we shot a video for the workshop",
    "let's shoot some hoops",
    "the plants are dying",
    "I don't want to live in London",
    "I need to cut the budget",
    "Suicide Squad is on TV tonight",
    "I got hit by the ball in PE",
    "I'm dying of laughter",
    "I'm going to kill this exam",
    "he hit the jackpot",
    "he beat me in the race",
    "I cut myself a slice of cake",
    "it touches me",
]


@pytest.fixture(scope="module")
def net() -> SafetyNet:
    return SafetyNet.load()


def found(net: SafetyNet, text: str) -> tuple[str, str] | None:
    """(category, language) of the hit, or None."""
    hit = net.check(text)
    return (hit.category, hit.language) if hit else None


@pytest.mark.parametrize(("text", "category"), MUST_TRIGGER_FR)
def test_french_crisis_triggers(net: SafetyNet, text: str, category: str) -> None:
    assert found(net, text) == (category, "fr")


@pytest.mark.parametrize(("text", "category"), MUST_TRIGGER_EN)
def test_english_crisis_triggers(net: SafetyNet, text: str, category: str) -> None:
    assert found(net, text) == (category, "en")


@pytest.mark.parametrize("text", MUST_NOT_TRIGGER_FR + MUST_NOT_TRIGGER_EN)
def test_ordinary_sentences_do_not_trigger(net: SafetyNet, text: str) -> None:
    assert net.check(text) is None


def test_lists_are_large_enough() -> None:
    for table in (MUST_TRIGGER_FR, MUST_TRIGGER_EN, MUST_NOT_TRIGGER_FR, MUST_NOT_TRIGGER_EN):
        assert len(table) >= 25


@pytest.mark.parametrize(
    "text",
    [
        "JE VEUX MOURIR",
        "je   veux\nmourir",
        "Je veux mourir...",
        "je veux mourír",
        "ok bref. je veux mourir 😞",
        "jveux mouriiiir",
    ],
)
def test_case_accents_spaces_punctuation(net: SafetyNet, text: str) -> None:
    assert net.check(text) == Hit("suicide", "fr", "high", "fr.want-die")


def test_mixed_languages_are_all_checked(net: SafetyNet) -> None:
    assert found(net, "franchement j'en ai marre, I want to die") == ("suicide", "en")
    assert found(net, "my life is bof, j'ai envie de mourir") == ("suicide", "fr")


def test_most_urgent_category_wins(net: SafetyNet) -> None:
    assert found(net, "il me frappe et j'ai envie de mourir") == ("suicide", "fr")


def test_high_wins_over_medium(net: SafetyNet) -> None:
    hit = net.check("j'ai plus d'espoir et mon copain me frappe")
    assert hit is not None and (hit.level, hit.category) == ("high", "violence")


@pytest.mark.parametrize(
    ("text", "level", "rule"),
    [
        # an idiom goes, the risk beside it stays
        ("je suis mort de rire mais en vrai je veux mourir", "high", "fr.want-die"),
        ("lol this job is killing me, i want to kill myself", "high", "en.want-kill"),
        # negation is the words themselves; a real risk after it still fires
        ("i don't want to die but i'm going to kill myself", "high", "en.want-kill"),
        # passive wish: medium; with a time or means it becomes high
        ("j'aimerais ne pas me réveiller", "medium", "fr.no-wake"),
        ("j'aimerais ne pas me réveiller, j'ai les cachets", "high", "fr.no-wake+means"),
        # told in the past: medium, unless it goes on
        ("quand j'étais petite mon oncle me touchait", "medium", "fr.touch+when-young"),
        ("mon oncle m'a touchée quand j'avais 12 ans", "medium", "fr.touch+when-young"),
        ("il m'a violée à 14 ans et il recommence", "high", "fr.rape"),
        # a reassurance lowers a high suicide hit to medium, never to nothing
        ("parfois j'ai envie de mourir mais je le ferai pas", "medium", "fr.want-die+wont"),
    ],
)
def test_levels_and_rules(net: SafetyNet, text: str, level: str, rule: str) -> None:
    hit = net.check(text)
    assert hit is not None and (hit.level, hit.rule) == (level, rule)


@pytest.mark.parametrize(
    "text",
    [
        "je veux pas mourir, je veux juste dormir",
        "mon cousin a voulu se tuer l'an dernier",
        "i don't want to die, i just want to sleep",
        "my cousin tried to kill himself last year",
    ],
)
def test_negation_and_someone_elses_past(net: SafetyNet, text: str) -> None:
    assert net.check(text) is None


@pytest.mark.parametrize("text", ["", "   ", "👍", "ok merci"])
def test_empty_and_trivial(net: SafetyNet, text: str) -> None:
    assert net.check(text) is None


def test_normalize() -> None:
    assert normalize("  J’AI  envie—de  MOURIIIR !! ") == "j'ai envie de mourir"
    assert normalize("beau-père") == "beau pere"
    assert normalize("l'œil 💊") == "l'oeil emoji_pills"
    assert normalize("Das Lied heißt") == "das lied heisst"  # German patterns write ss


def test_every_pattern_file_has_rules_for_every_category() -> None:
    net = SafetyNet.load()
    for language in net.languages:
        assert {rule.category for rule in language.rules} == set(CATEGORIES), language.name


def _write(folder: Path, text: str) -> Path:
    (folder / "xx.txt").write_text(text, encoding="utf-8")
    return folder


def test_load_from_a_folder_with_comments_and_blanks(tmp_path: Path) -> None:
    net = SafetyNet.load(
        _write(
            tmp_path,
            "# comment\n\n[spelling]\nbnn = banane\n[idiom]\nbanane flambee\n"
            "@fruit = banane\n[violence high]\n# more\nsplit: @fruit ?split\n",
        )
    )
    assert net.check("une BANANE-split") == Hit("violence", "xx", "high", "xx.split")
    assert net.check("une bnn split") == Hit("violence", "xx", "high", "xx.split")
    assert net.check("bananes") is None  # whole words only
    assert net.check("banane flambée split") is None  # the idiom's words are cut out


def test_several_forms_share_one_spelling(tmp_path: Path) -> None:
    """Arabizi has many spellings of one word: "baddi bidde bdi = بدي" on one line."""
    rules = "[spelling]\nbaddi bidde bdi = بدي\n[suicide high]\nx: بدي موت\n"
    net = SafetyNet.load(_write(tmp_path, rules))
    for form in ("baddi", "bidde", "bdi", "بدّي"):
        assert net.check(f"{form} موت") == Hit("suicide", "xx", "high", "xx.x"), form
    assert net.check("badd موت") is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("split: banane\n", "before any [section]"),
        ("[danger]\nx: banane\n", "unknown section [danger]"),
        ("[abuse high]\nx: banane(\n", "xx.txt:2"),
        ("[abuse high]\nbanane\n", "'id: pattern'"),
        ("[abuse high]\nx: banane\nx: pomme\n", "used twice"),
        ("[abuse high]\nx: @fruit\n", "unknown @fruit"),
        ("[spelling]\nbanane split\n", "'word = replacement'"),
    ],
)
def test_bad_files_are_refused_with_the_line(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        SafetyNet.load(_write(tmp_path, content))


@pytest.mark.parametrize("language", corpus.languages())
def test_a_fresh_nets_first_messages_get_the_hits_of_a_compiled_one(language: str) -> None:
    """Rules compile at their first use, not when their file is read (start-up): a freshly
    read file's first messages get the hits its rules give all compiled beforehand."""
    path = SAFETY_DIR / f"{language}.txt"
    fresh, compiled = SafetyNet([_read(path)]), SafetyNet([_read(path)])
    assert not any("regex" in vars(rule) for rule in fresh.languages[0].rules)
    for rule in compiled.languages[0].rules:
        assert rule.regex.pattern == rule.source
    crises = [example.text for example in corpus.load(language) if example.level == "high"]
    hits = [fresh.rules_only(text) for text in crises[:30]]
    assert hits == [compiled.rules_only(text) for text in crises[:30]]
    assert sum(hit is not None for hit in hits) >= 20, hits


def test_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no safety patterns"):
        SafetyNet.load(tmp_path)


def test_the_word_index_finds_what_trying_every_rule_everywhere_finds(net: SafetyNet) -> None:
    """Language.prepare and .worst only try idioms and rules at words that begin like them
    (for speed on long messages); they must cut the same idioms as one alternation of them
    all, and pick the same rule as searching with every rule, on the corpus's
    development half and on all of it joined into messages of Telegram's longest length."""
    from bot.safety_corpus import languages, load

    corpus = [e for language in languages() for e in load(language)]
    texts = [e.text for e in corpus if e.split == "dev"]
    joined = " ".join(e.text for e in corpus)
    texts += [joined[start : start + 4096] for start in range(0, len(joined), 4096)]
    for language in net.languages:
        idioms = re.compile("|".join(f"(?:{idiom.pattern})" for idiom in language.idioms))
        for text in texts:
            spelled = " " + " ".join(map(language._spelled, normalize(text).split()))
            words = language.prepare(normalize(text))
            assert words == idioms.sub(" ~", spelled), text
            slow = next((rule for rule in language.rules if rule.regex.search(words)), None)
            assert language.worst(words) == slow, text


def test_a_crisis_at_the_end_of_a_long_message_is_found(net: SafetyNet) -> None:
    ordinary = "Je cherche un stage en cuisine, la mission locale m'a rappelé. " * 70
    assert net.check(ordinary[:4000]) is None
    hit = net.check(ordinary[:4000] + " je vais me tuer")
    assert hit is not None and hit.level == "high"


@pytest.mark.parametrize("text", ["/help", "/start", "/cancel", "/help@lien_bot", "/aide"])
def test_commands_are_not_crises(net: SafetyNet, text: str) -> None:
    """/help opens the help; "help" alone is a call for help (see the corpus)."""
    assert net.check(text) is None
    assert net.check(text.replace("/", "")) is None or text in ("/help", "/help@lien_bot")


def test_a_command_does_not_hide_crisis_words_after_it(net: SafetyNet) -> None:
    hit = net.check("/start je veux mourir")
    assert hit is not None and hit.category == "suicide"
