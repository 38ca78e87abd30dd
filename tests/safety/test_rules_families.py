"""The French and English rules by family, on invented phrasings that are not corpus lines:
each family an ordinary sentence must leave quiet (an idiom, a narrower pattern), and the
crisis beside it that must still fire (an idiom cuts only its own words). Rules alone: the
model is tested in test_model.py."""

from __future__ import annotations

import pytest

from bot.safety import SafetyNet


@pytest.fixture(scope="module")
def net() -> SafetyNet:
    return SafetyNet.load(models=False)


QUIET = [
    # a vow about a trivial thing, "si"/"if" before or after it, then a laugh
    "si le bus est encore en retard demain je me pends mdr",
    "je me jette par la fenêtre si on a encore des maths lundi 😂",
    "if the wifi drops one more time i'm going to hang myself lmao",
    "gonna jump off the bridge if we lose the final lol",
    # a threat whose reason is a trivial thing, or aimed at a thing
    "je vais tuer ma sœur, elle a pris mon chargeur",
    "je vais le défoncer ce boss final",
    # fiction, games, cooking, sport
    "le méchant veut tuer tout le monde à la fin du film",
    "il m'a égorgé dans warzone hier",
    "on doit égorger les poulets pour le repas de dimanche",
    "during sparring he punched me pretty hard",
    "he kicked me in training, bruised now",
    "i'll be dead by the end of the race",
    "this exam is so cringe i'm gonna die",
    "i thought i was going to die on that rollercoaster",
    # idioms
    "je vais me pendre à son bras toute la soirée",
    "mon pote a le couteau sous la gorge avec ses dettes",
    "mon chef me menace de me retirer mes heures",
    "he stabbed me in the back at work",
    "he's got a gun to his head with the mortgage",
    # a negation that governs the words themselves
    "j'ai jamais envie de me tuer, je suis juste crevée",
    "she doesn't hit me, she's just strict",
    "i've never been beaten at home",
    "not suicidal just bored",
    # someone else's past; a lesson or the news about it
    "ma sœur a fait une TS il y a longtemps",
    "the sexual assault case is on the news",
    # everyday: a dose by the day, away for a reason, waiting for a friend up there, tired
    "je regarde combien de comprimés de paracétamol par prise pour la fièvre",
    "je serai plus là ce soir, je suis chez ma tante",
    "je suis sur le toit du parking, je t'attends",
    "i'm on the roof, come up and see the sunset",
    "je tiens plus en place, vivement les vacances",
    "tout est noir dans la salle, la lumière a sauté",
    "je me sens coincée dans ce bouchon depuis une heure",
]


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_families_stay_quiet(net: SafetyNet, text: str) -> None:
    assert net.rules_only(text) is None


CAUGHT = [
    # a laugh alone, or a condition that is no trivial thing, cuts nothing
    ("je vais me pendre mdr", "fr.want-kill"),
    ("si ça continue je vais me tuer", "fr.want-kill"),
    ("i'll kill myself lol", "en.want-kill"),
    ("gonna kill him he raped my sister", "en.kill-them"),
    ("je vais me pendre à la poutre", "fr.want-kill"),
    ("il m'a mis un couteau sous la gorge", "fr.hit-me"),
    ("il menace de me tuer", "fr.threat-me"),
    # my own attempt, however it is said
    ("j'ai déjà fait des tentatives", "fr.attempt-past"),
    # a negation before other words does not cancel the crisis after them
    ("i don't know, i want to die", "en.want-die"),
    ("idk i want to die", "en.want-die"),
    ("soon i won't hurt anymore", "en.hours-left"),
    ("he doesn't care, he hit me again", "en.hit-me"),
    ("i don't have the rope yet", "en.rope"),
    ("je suis sur le toit, je vais sauter", "fr.high-place"),
]


@pytest.mark.parametrize(("text", "rule"), CAUGHT)
def test_crises_beside_the_families_still_fire(net: SafetyNet, text: str, rule: str) -> None:
    hit = net.rules_only(text)
    assert hit is not None and hit.rule == rule
