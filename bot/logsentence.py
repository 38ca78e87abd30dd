"""One sentence a mentor types instead of the guided /log, read into the same fields.

"/log hier 1h30 collectif foot", "45 min avec Samir, logement, relais vers le CSP",
"30 min with Leo about his CV", "gestern 45 min mit Samir, Wohnen", "ieri 1h con Samir,
alloggio", "ontem 45 min com Samir, moradia", "ayer 45 min con Samir, vivienda": the day,
the minutes, the kind, the person or group, the themes and the partner, each when present.
What is missing the conversation asks for; nothing here is saved. Days and durations go
through bot.dates, so a sentence and a typed answer are read the same way.

The text is matched on a folded copy (lowercase, accents dropped) of the same length as the
original, so a span found in one is cut from both: names keep their capitals.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.dates import DateInFuture, DateTooFar, DurationOutOfRange, parse_duration, parse_past_day

__all__ = ["SentenceLog", "SentenceProblem", "parse_sentence"]


class SentenceProblem(ValueError):
    """A field is there but impossible: reason is "duration" ("-5 min", "999 h"), "future"
    ("demain") or "too-old" ("1.1.1800"); the text is `log-sentence-<reason>`."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text}")
        self.reason = reason
        self.text = text


@dataclass
class SentenceLog:
    day: date | None = None
    minutes: int | None = None
    kind: str | None = None
    person: str | None = None  # as written, or as known when it matched a known name
    group: str | None = None  # "foot" in "collectif foot"
    themes: tuple[str, ...] = ()
    partner: str | None = None  # as written, or as known
    rest: list[str] = field(default_factory=list)

    @property
    def understood(self) -> bool:
        return any(
            v is not None
            for v in (self.day, self.minutes, self.kind, self.person, self.group, self.partner)
        ) or bool(self.themes)


@functools.lru_cache(maxsize=4096)  # the same directory's names are folded at each /log
def _fold(text: str) -> str:
    """Lowercase, accents dropped, one character for one: indexes stay those of `text`."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFKD", char)[:1].lower()[:1]
        out.append(base if base else char)
    return "".join(out).replace("’", "'")


class _Text:
    """The sentence and its folded twin; what is recognised is blanked out of both."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.folded = _fold(text)

    def cut(self, start: int, end: int) -> str:
        found = self.original[start:end]
        blank = " " * (end - start)
        self.original = self.original[:start] + blank + self.original[end:]
        self.folded = self.folded[:start] + blank + self.folded[end:]
        return found

    def find(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        return pattern.search(self.folded)


# ---------------------------------------------------------------- vocabulary

_NUM_WORD = (
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|one|two|three|four|five|six|an|a"
    r"|eine|zwei|drei|un'|una|uno|due|tre|uma|um|duas|dois|dos|tres)"
)
_TIME_OF_DAY = re.compile(
    r"\b(?:a|at|vers|des|from|de|um|ab|alle|dalle|as|a las|desde)\s+\d{1,2}\s*(?:h|:|uhr)"
    r"\s*(?:\d{2})?\b"
)
_DURATIONS = [
    # Fixed phrases first: "half an hour" holds "an hour".
    re.compile(
        r"\b(?:(?:une|a|an|eine)\s+)?(?:demi[- ]?heure|half[- ](?:an\s+)?hour|halbe stunde)"
        r"|\b(?:un\s+)?quart d'?heure|\btrois quarts? d'?heure|\bthree quarters of an hour"
        r"|\bmezz'? ?ora|\bmeia[- ]hora|\bmedia hora"
    ),
    re.compile(
        rf"(?<![\w.,])(?:-\s*)?(?:\d+(?:[.,]\d+)?|{_NUM_WORD})\s*"
        r"(?:hrs?|heures?|hours?|h|std|stunden?|ore|ora|horas?)"
        r"(?:\s*(?:et\s+|and\s+|und\s+|e\s+|y\s+)?\d{1,2}(?:\s*(?:minutes?|mins?|mn|m))?)?"
        r"(?:\s+(?:et demie?|et quart|and a half|and a quarter|e mezz[ao]|e meia|y media))?"
        r"(?![\w])"
    ),
    re.compile(
        r"(?<![\w.,])(?:-\s*)?\d+\s*(?:minutes?|mins?|mn|minuten?|minut[io]|minutos?)(?![\w])"
    ),
]
_WEEKDAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica"
    r"|segunda|terca|quarta|quinta|sexta|sabado|domingo|lunes|martes|miercoles|jueves|viernes)"
    r"(?:-feira)?"
)
_MONTH = (
    r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|januar|februar|marz|juni|juli|oktober|dezember|gennaio|febbraio|marzo|aprile|maggio"
    r"|giugno|luglio|agosto|settembre|ottobre|dicembre|janeiro|fevereiro|marco|abril|maio"
    r"|junho|julho|setembro|outubro|novembro|dezembro|enero|febrero|mayo|junio|julio"
    r"|septiembre|octubre|noviembre|diciembre"
    r"|janv|fevr|sept|oct|nov|dec|jan|feb|apr|aug)"
)
_DAYS = [
    re.compile(
        r"\b(?:avant[- ]hier|(?:the\s+)?day before yesterday|hier(?:\s+soir|\s+matin)?"
        r"|yesterday|aujourd'?\s?hui|today|ce matin|ce soir|cet apres[- ]midi|this morning"
        r"|this afternoon|tonight|last night|apres[- ]demain|demain|tomorrow"
        r"|vorgestern|gestern|heute|l'altro ieri|altroieri|ieri|oggi|anteontem|ontem|hoje"
        r"|anteayer|ayer|hoy)\b"
    ),
    re.compile(
        r"\b(?:il y a|y a)\s+(?:\d+|une?|deux|trois|quatre|cinq|six)\s+(?:jours?|semaines?)\b"
        r"|\b(?:\d+|an?|one|two|three|four|five|six)\s+(?:days?|weeks?)\s+ago\b"
        r"|\b(?:dans|in)\s+\d+\s+(?:jours?|days?)\b"
        r"|\bvor\s+\d+\s+(?:tagen|wochen)\b|\b\d+\s+(?:giorni|settimane)\s+fa\b"
        r"|\b(?:ha|hace)\s+\d+\s+(?:dias|semanas)\b"
    ),
    re.compile(
        rf"\b(?:(?:last|next|letzten)\s+)?{_WEEKDAY}"
        r"(?:\s+(?:dernier|derniere|passe|prochain|scorso|passada|pasado))?"
        r"(?:\s+\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?\b"
    ),
    re.compile(r"(?<![\w.,-])\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d{2}))?(?![\w.,])"),
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),
    re.compile(rf"\b\d{{1,2}}(?:er|st|nd|rd|th|e)?\s+{_MONTH}\b(?:\s+\d{{4}})?"),
    re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"),
]

_KINDS = [
    ("relay", re.compile(r"\b(?:relais|relai|relay(?:ed)?|referral|referred|oriente\w*)\b")),
    ("collective", re.compile(r"\b(?:collectif|collective|en groupe|groupe|group)\b")),
    (
        "long_term",
        re.compile(
            r"\b(?:au long cours|long cours|long terme|long[- ]term|suivi regulier|ongoing)\b"
        ),
    ),
    ("one_off", re.compile(r"\b(?:ponctuel(?:le)?|one[- ]?off|ponctuellement)\b")),
]
_PARTNER_AFTER = re.compile(
    r"\b(?:relais|relai|relay(?:ed)?|referred|referral|oriente\w*|envoye\w*|sent)"
    r"(?:\s+(?:him|her|them|le|la|les|lui))?"
    r"\s+(?:vers|a|au|aux|chez|to|towards|at)\s+(?:(?:le|la|les|the)\s+|l')?"
)
_STOP = re.compile(
    r"[,;.!?()]|\s(?:pour|for|about|avec|with|concernant|regarding|au sujet|sur|et|and"
    r"|hier|yesterday|aujourd'?hui|today|mit|fur|uber|und|con|per|su|com|para|sobre|y)\b"
)
_GROUP_AFTER = re.compile(r"\b(?:collectif|collective|groupe|group)\s+(?:(?:du|de|des|of)\s+)?")
_PERSON_AFTER = re.compile(
    r"\b(?:avec|with|pour|for|chez|et|and|de|of|mit|fur|bei|und|con|per|e|com|para|y)\s+"
)
_NAME = re.compile(r"[A-Z]\.(?:\s?[A-Z]\.)*|[A-Z][\w'-]*")

_THEMES: list[tuple[str, str]] = [
    (
        "work",
        r"travail|boulot|jobs?|emploi|taf|cv|lettres? de motivation|entretiens?(?: d'embauche)?"
        r"|postul\w*|candidatures?|work|employment|resume|interviews?|job search"
        r"|arbeit|stelle|bewerbung\w*|lebenslauf|lavoro|colloqui[oa]?|curriculum|trabalho"
        r"|emprego|entrevistas?|trabajo|empleo",
    ),
    (
        "training",
        r"formation|ecole|cours|apprentissage|etudes|stages?|training|school|courses?"
        r"|apprenticeship|studies|internship|ausbildung|lehre|schule|kurs|formazione|scuola"
        r"|corso|formacao|escola|curso|formacion|escuela",
    ),
    (
        "housing",
        r"logement|appart\w*|loyer|hebergement|housing|flat|apartment|rent|accommodation"
        r"|wohnung|wohnen|miete|alloggio|affitto|moradia|habitacao|aluguel|vivienda|alquiler",
    ),
    (
        "money",
        r"argent|budget|dettes?|poursuites|factures?|money|debts?|bills?|finances?|geld"
        r"|schulden|rechnungen|soldi|debiti|bollette|dinheiro|dividas|dinero|deudas|facturas",
    ),
    (
        "health",
        r"sante|medecin|docteur|hopital|psy|health|doctor|hospital|therapy|gesundheit|arzt"
        r"|arztin|spital|salute|medico|ospedale|saude|salud",
    ),
    (
        "family",
        r"famille|parents?|mere|pere|family|mother|father|mum|mom|dad|familie|eltern|mutter"
        r"|vater|famiglia|genitori|madre|padre|familia",
    ),
    (
        "papers",
        r"papiers|permis|demarches|administratif\w*|dossier|assurances?|impots|papers"
        r"|permit|paperwork|forms|visa|insurance|taxes|papiere|bewilligung|versicherung"
        r"|steuern|documenti|permesso|pratiche|documentos|papeles|tramites",
    ),
    (
        "loneliness",
        r"solitude|isolement|seule?|isolee?|loneliness|lonely|isolation|einsamkeit|einsam"
        r"|solitudine|solidao|sozinh[oa]|soledad",
    ),
]
_THEME_PATTERNS = [(code, re.compile(rf"\b(?:{words})\b")) for code, words in _THEMES]
_LOG_COMMAND = re.compile(r"^\s*/log(?:@\w+)?\b")


def _is_word(text: str, index: int) -> bool:
    """Whether text[index] is a word character (what a regex's \\w matches)."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _whole_word(text: str, needle: str) -> int:
    """Where `needle` first stands as whole words in `text`, or -1. A plain search: a
    regex per known name meant one compiled per partner, 2,000 for a national directory,
    past the cache of 512 of Python's re, so every /log compiled them all again."""
    start = text.find(needle)
    while start >= 0:
        if not _is_word(text, start - 1) and not _is_word(text, start + len(needle)):
            return start
        start = text.find(needle, start + 1)
    return -1


def _known(text: _Text, candidates: Iterable[str]) -> str | None:
    """The first candidate (a known name) written as a whole word, longest first."""
    for name in sorted(set(candidates), key=len, reverse=True):
        folded = _fold(name).strip()
        if not folded:
            continue
        start = _whole_word(text.folded, folded)
        if start >= 0:
            text.cut(start, start + len(folded))
            return name
    return None


def _phrase_after(text: _Text, lead: re.Pattern[str]) -> str | None:
    """What follows `lead` up to a comma or a linking word, cut out with its lead."""
    m = text.find(lead)
    if m is None:
        return None
    stop = _STOP.search(text.folded, m.end())
    end = stop.start() if stop else len(text.folded)
    phrase = " ".join(text.original[m.end() : end].split())
    if not phrase:
        return None
    text.cut(m.start(), end)
    return phrase[:60]


def _partner(text: _Text, partners: tuple[str, ...]) -> str | None:
    """After "relais vers", "referred to": a known partner (its name may hold "pour"), else
    the words as written. Elsewhere: a known partner's name alone."""
    m = text.find(_PARTNER_AFTER)
    if m is not None:
        for name in sorted(partners, key=len, reverse=True):
            folded = _fold(name).strip()
            after = m.end() + len(folded)
            if (
                folded
                and text.folded.startswith(folded, m.end())
                and not _is_word(text.folded, after)
            ):
                text.cut(m.start(), after)
                return name
        return _phrase_after(text, _PARTNER_AFTER)
    return _known(text, partners)


def parse_sentence(
    sentence: str,
    now: datetime,
    *,
    names: Iterable[str] = (),
    partners: Iterable[str] = (),
) -> SentenceLog:
    """Read what can be read; `names` (my youths, my offline people) and `partners` (the
    directory) are recognised anywhere. Raises SentenceProblem for an impossible duration
    or a day in the future."""
    text = _Text(_LOG_COMMAND.sub("", sentence))
    log = SentenceLog()

    # An hour of the day ("à 14h") is not a duration: drop it first.
    while m := text.find(_TIME_OF_DAY):
        text.cut(m.start(), m.end())

    for pattern in _DURATIONS:
        m = text.find(pattern)
        if m is None:
            continue
        span = text.cut(m.start(), m.end())
        try:
            log.minutes = parse_duration(span)
        except DurationOutOfRange as exc:
            raise SentenceProblem("duration", span.strip()) from exc
        if log.minutes is not None:
            break

    for pattern in _DAYS:
        m = text.find(pattern)
        if m is None:
            continue
        span = text.cut(m.start(), m.end())
        try:
            log.day = parse_past_day(span, now)
        except DateInFuture as exc:
            raise SentenceProblem("future", span.strip()) from exc
        except DateTooFar as exc:
            raise SentenceProblem("too-old", span.strip()) from exc
        if log.day is not None:
            break

    log.partner = _partner(text, tuple(partners))
    if log.partner is not None and _PARTNER_AFTER.search(_fold(sentence)):
        log.kind = "relay"

    if _GROUP_AFTER.search(text.folded):
        group = _phrase_after(text, _GROUP_AFTER)
        if group and not any(p.fullmatch(_fold(group)) for _, p in _THEME_PATTERNS):
            log.group = group
            log.kind = log.kind or "collective"
        elif group:
            text = _Text(text.original + " " + group)  # a theme after all: "groupe logement"
            log.kind = log.kind or "collective"

    positions = []
    for kind, pattern in _KINDS:
        m = text.find(pattern)
        if m is not None:
            positions.append((m.start(), kind, m.end()))
    for start, kind, end in sorted(positions):
        log.kind = log.kind or kind
        text.cut(start, end)

    if log.group is None:
        log.person = _known(text, names)
        if log.person is None:
            for m in _PERSON_AFTER.finditer(text.folded):
                name = _NAME.match(text.original, m.end())
                if name:
                    log.person = name.group().strip()
                    text.cut(m.start(), name.end())
                    break

    themes = []
    for code, pattern in _THEME_PATTERNS:
        m = text.find(pattern)
        if m is not None:
            themes.append(code)
            text.cut(m.start(), m.end())
    log.themes = tuple(themes)
    log.rest = text.original.split()
    return log
