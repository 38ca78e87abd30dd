"""Dates, times and durations typed in French, English, German, Italian, Portuguese or
Spanish, read with small regexes over one vocabulary: a German youth in a French programme may
type either, and no word of one language means another date in another.

Past days (a follow-up that happened) and future moments (an event, a broadcast) need
opposite preferences, so they have separate entry points. Every function that needs "now"
takes it as an aware datetime: nothing here reads the clock.

Input is normalised first: lowercase, accents dropped ("décembre" == "decembre"), curly
apostrophes made straight, dots after letters removed ("déc." -> "dec", "p.m." -> "pm"),
commas and ;!? made spaces, runs of spaces collapsed. Dates are day first: "12.11" is
12 November, never a time; times are written 18h, 18h30, 18:30, 6pm, midi, noon, 18 Uhr,
18.30 Uhr, or a bare hour after "um", "alle", "às", "a las" ("domani alle 18").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

__all__ = [
    "MAX_DURATION",
    "WEEKDAYS",
    "DateInFuture",
    "DateInPast",
    "DateTooFar",
    "DurationOutOfRange",
    "MissingTime",
    "normalize",
    "parse_duration",
    "parse_future_datetime",
    "parse_past_day",
    "split_time",
]

MAX_DURATION = 12 * 60  # minutes; a logged follow-up or a session never lasts longer
# A follow-up is logged within a year (the hours reports are yearly at most); an event or a
# broadcast is planned within two years. Further is a typo ("1.1.1800", "31.12.9999") that
# would skew the reports or overflow later date arithmetic.
PAST_DAYS_MAX = 366
FUTURE_DAYS_MAX = 2 * 366


class DateInFuture(ValueError):
    """The text names a day after today where a past day was expected (a log)."""


class DateInPast(ValueError):
    """The text names a moment not after now where a future one was expected (an event)."""


class DateTooFar(ValueError):
    """The text names a day more than PAST_DAYS_MAX back (a log) or FUTURE_DAYS_MAX ahead
    (an event, a broadcast)."""


class MissingTime(ValueError):
    """The text names a day but no hour, and the caller gave no default hour."""


class DurationOutOfRange(ValueError):
    """The text is a duration, but not within 1 minute .. MAX_DURATION."""


# ---------------------------------------------------------------- vocabulary

WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
    "lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4, "sabato": 5,
    "domenica": 6,
    # Portuguese "segunda-feira" is read as "segunda" (the normalisation drops "-feira").
    "segunda": 0, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4, "sabado": 5, "domingo": 6,
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4,
}  # fmt: skip

_MONTHS = {
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "decembre": 12,
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
    "januar": 1, "janner": 1, "februar": 2, "marz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "okt": 10, "dezember": 12, "dez": 12,
    "gennaio": 1, "gen": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "mag": 5,
    "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8, "settembre": 9,
    "set": 9, "ottobre": 10, "ott": 10, "dicembre": 12, "dic": 12,
    "janeiro": 1, "fevereiro": 2, "marco": 3, "abril": 4, "abr": 4, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "out": 10, "novembro": 11, "dezembro": 12,
    "enero": 1, "ene": 1, "febrero": 2, "mayo": 5, "junio": 6, "julio": 7, "septiembre": 9,
    "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip

_NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "ein": 1, "eine": 1, "einen": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "uno": 1, "una": 1, "un'": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
    "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6,
    "sete": 7, "oito": 8, "dez": 10,
    "dos": 2, "cuatro": 4, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}  # fmt: skip


def _alternatives(words: dict[str, int]) -> str:
    # Longest first, so "mardi" is not cut to "mar" and "sept" wins over "sep".
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_WD = _alternatives(WEEKDAYS)
_MON = _alternatives(_MONTHS)
_NUM = r"(?:\d+(?:\.\d+)?|" + _alternatives(_NUMBER_WORDS) + ")"


def _number(word: str) -> float:
    return float(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else float(word)


# Arabic-Indic digits (and the Persian/Urdu forms), as an Arabic phone's keyboard types them.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_DIGITS))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’‘`´ʼ]", "'", text).replace("ß", "ss")
    text = re.sub("[\u200e\u200f\u2066-\u2069]", "", text)  # bidi marks, copied from Arabic
    text = re.sub(r"(?<=[a-z])\.", "", text)
    text = re.sub(r"(?<=[a-z])[- ]feiras?\b", "", text)  # "terça-feira" is "terca"
    text = re.sub(r"[,;!?]", " ", text)
    return " ".join(text.split()).strip(" .")


# ---------------------------------------------------------------- durations

_HOURS = r"(?:h|hr|hrs|heures?|hours?|std|stunden?|ore|ora|horas?)"
_MINUTES = r"(?:m|mn|mins?|minutes?|minuten?|minut[io]|minutos?)"
_FRACTION = {
    "et demi": 30, "et demie": 30, "and a half": 30, "et quart": 15, "and a quarter": 15,
    "e mezza": 30, "e mezzo": 30, "e meia": 30, "y media": 30, "e un quarto": 15,
    "e um quarto": 15, "y cuarto": 15,
}  # fmt: skip
_DURATION_PATTERNS = [
    # 1h, 1h30, 1 h 30, 1,5 h, 2 heures, une heure et demie, 1 hour 30 minutes, 2 hrs
    re.compile(
        rf"(?P<h>{_NUM}) ?{_HOURS}(?: ?(?:et |and |und |e |y )?(?P<m>\d{{1,2}}) ?{_MINUTES}?)?"
        rf"(?: (?P<frac>{'|'.join(_FRACTION)}))?"
    ),
    re.compile(rf"(?P<m>{_NUM}) ?{_MINUTES}"),  # 20 min, 45min, 90 minutes
    re.compile(r"(?P<h>\d{1,2}):(?P<m>[0-5]\d)"),  # 1:30
]
_FIXED_DURATIONS = [
    (
        re.compile(
            r"(?:une |a |an |eine )?(?:demi[- ]?heure|half[- ](?:an )?hour|halbe stunde)"
            r"|mezz'? ?ora|meia[- ]hora|media hora"
        ),
        30,
    ),
    (
        re.compile(
            r"(?:un |a |eine |um )?(?:quart d'?heure|quarter (?:of an )?hour|viertelstunde"
            r"|quarto d'?ora|quarto de hora|cuarto de hora)"
        ),
        15,
    ),
    (
        re.compile(
            r"trois quarts? d'?heure|three quarters? of an hour|dreiviertelstunde"
            r"|tre quarti d'?ora|tres quartos de hora|tres cuartos de hora"
        ),
        45,
    ),
    (re.compile(r"(?:an|ein)derthalb stunden|eineinhalb stunden|hora y media"), 90),
]
_FILLER_DURATION = re.compile(
    r"^(?:environ|about|around|approx|~|pendant|durant|for|etwa|ungefahr|circa|ca|quasi"
    r"|cerca de|unos|unas|durante|per|fur) ?|(?: environ| circa| etwa)$"
)


def _minutes(text: str) -> float | None:
    """Minutes in a normalised duration with a unit ("1h30", "une demi-heure"), unbounded."""
    for fixed, value in _FIXED_DURATIONS:
        if fixed.fullmatch(text):
            return float(value)
    for pattern in _DURATION_PATTERNS:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        groups = m.groupdict()
        hours = _number(groups["h"]) if groups.get("h") else 0.0
        minutes = _number(groups["m"]) if groups.get("m") else 0.0
        if groups.get("h") and groups.get("m") and minutes >= 60:
            return None  # "1h75" is a typo, not 2h15
        return hours * 60 + minutes + _FRACTION.get(groups.get("frac") or "", 0)
    return None


def parse_duration(text: str) -> int | None:
    """Minutes in "1h30", "2 heures", "45", "une demi-heure", "1 hour 30"... or None.

    A bare whole number is minutes. Raises DurationOutOfRange outside 1..MAX_DURATION.
    """
    text = re.sub(r"(?<=\d),(?=\d)", ".", text)  # decimal comma: "1,5 h"
    s = _FILLER_DURATION.sub("", normalize(text))
    negative = s.startswith("-")
    s = s.lstrip("- ")
    if re.fullmatch(r"\d+", s):
        minutes: float | None = float(s)
    else:
        minutes = _minutes(s)
    if minutes is None:
        return None
    value = round(minutes)
    if negative or not 1 <= value <= MAX_DURATION:
        raise DurationOutOfRange(text)
    return value


# ---------------------------------------------------------------- days


@dataclass(frozen=True)
class _Day:
    """A day as written, before it is placed in the past or the future."""

    offset: int | None = None  # days from today: hier = -1
    day: int | None = None  # with month (and maybe year)
    month: int | None = None
    year: int | None = None
    weekday: int | None = None  # alone ("samedi") or as a check ("samedi 28.11")
    modifier: str = ""  # "last" or "next" for a weekday alone


_TODAY = _Day(offset=0)
_OFFSETS = [
    (re.compile(r"aujourd'? ?hui|auj|ajd|today|tonight|heute|oggi|stasera|hoje|hoy"), 0),
    (
        re.compile(
            r"avant[- ]?hier|day before yesterday|vorgestern|(?:l' ?)?altro ?ieri"
            r"|anteontem|anteayer"
        ),
        -2,
    ),
    (re.compile(r"hier|yesterday|gestern|ieri|ontem|ayer"), -1),
    (
        re.compile(
            r"apres[- ]?demain|day after tomorrow|ubermorgen|dopodomani|depois (?:de )?amanha"
            r"|pasado manana"
        ),
        2,
    ),
    (re.compile(r"demain|tomorrow|morgen|domani|amanha|manana"), 1),
]
_UNIT_DAYS = (
    r"(?P<unit>jours?|days?|semaines?|weeks?|tagen?|tage|wochen?|giorn[oi]|settiman[ae]"
    r"|dias?|semanas?)"
)
_AGO = re.compile(r"(?:il y a|y a|ca fait|vor|ha|hace) (?P<rest>.+)|(?P<rest2>.+) (?:ago|fa|atras)")
_IN = re.compile(r"(?:dans|in|tra|fra|em|daqui a|dentro de|en) (?P<rest>.+)")
_N_DAYS = re.compile(rf"(?P<n>{_NUM}) ?{_UNIT_DAYS}")
# "le", "à", "at the"... carry no meaning once the day and the time are known.
_FILLERS = re.compile(
    r"\b(?:le|la|l'|a|at|on|the|of|du|ce|cet|cette|this|vers|around|about|pour|for"
    r"|am|um|den|gegen|il|lo|alle|all'|di|del|o|as|no|na|dia|de|el|las|los)\b ?"
)
_WEEKDAY = re.compile(
    r"(?:(?P<pre>last|next|letzte[nrs]?|nachste[nrs]?|kommende[nrs]?|proxim[ao]) )?"
    rf"(?P<wd>{_WD})"
    r"(?: (?P<post>dernier|derniere|passe|prochain|prochaine|qui vient|scors[oa]|prossim[oa]"
    r"|passad[oa]|pasad[oa]|que vem|que viene|proxim[oa]))?"
)
_NEXT = ("next", "prochain", "qui", "nachst", "kommend", "prossim", "proxim")
_WD_PREFIX = rf"(?:(?P<wd>{_WD}) )?"  # "samedi 28.11": checked against the date
_DATES = [
    # 3.12, 3.12.2026, 3/12, and German 3.12. with its closing dot
    re.compile(_WD_PREFIX + r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})(?:[./](?P<y>\d{4}|\d{2}))?\.?"),
    re.compile(_WD_PREFIX + r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(
        _WD_PREFIX
        + rf"(?P<d>\d{{1,2}})(?:er|st|nd|rd|th|e|\.|o)? ?(?P<mon>{_MON})(?: (?P<y>\d{{4}}))?"
    ),
    re.compile(
        _WD_PREFIX + rf"(?P<mon>{_MON}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?: (?P<y>\d{{4}}))?"
    ),
]


def _parse_day(text: str) -> _Day | None:
    """The day named by a normalised text that holds nothing else (no time)."""
    sign = 1
    m = _AGO.fullmatch(text)
    if m:
        text, sign = m["rest"] or m["rest2"], -1
    else:
        m = _IN.fullmatch(text)
        if m:
            text = m["rest"]
    if m:
        n = _N_DAYS.fullmatch(text)
        if n is None:
            return None
        weeks = n["unit"].startswith(("s", "w"))
        return _Day(offset=sign * int(_number(n["n"])) * (7 if weeks else 1))

    text = _FILLERS.sub("", text).strip()
    for pattern, offset in _OFFSETS:
        if pattern.fullmatch(text):
            return _Day(offset=offset)
    m = _WEEKDAY.fullmatch(text)
    if m:
        if m["pre"] and m["post"]:
            return None
        word = m["pre"] or m["post"] or ""
        modifier = "next" if word.startswith(_NEXT) else "last" if word else ""
        return _Day(weekday=WEEKDAYS[m["wd"]], modifier=modifier)
    for pattern in _DATES:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        groups = m.groupdict()
        month = _MONTHS[groups["mon"]] if groups.get("mon") else int(groups["m"])
        year = int(groups["y"]) if groups["y"] else None
        if year is not None and year < 100:
            year += 2000  # "12.11.26"
        return _Day(
            day=int(groups["d"]),
            month=month,
            year=year,
            weekday=WEEKDAYS[groups["wd"]] if groups["wd"] else None,
        )
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _dated(spec: _Day, today: date, step: int) -> date | None:
    """The day of a spec with day and month: its year, or the nearest occurrence from today
    going back (step -1) or forward (step +1). 29 February waits for a leap year."""
    assert spec.day is not None and spec.month is not None
    if spec.year is not None:
        found = _valid(spec.year, spec.month, spec.day)
    else:
        found = None
        for k in range(9):
            candidate = _valid(today.year + step * k, spec.month, spec.day)
            if candidate is not None and (candidate - today).days * step >= 0:
                found = candidate
                break
    if found is None or (spec.weekday is not None and found.weekday() != spec.weekday):
        return None  # no such date, or "samedi 27.11" when the 27th is a Friday
    return found


# ---------------------------------------------------------------- times

_TIME = re.compile(
    r"(?<![\d.:/-])(?:"
    r"(?P<h1>[01]?\d|2[0-3]) ?(?:h|heures?|uhr) ?(?P<m1>[0-5]\d)?"  # 18h, 18h30, 18 Uhr 30
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?: ?(?P<ap2>am|pm))?(?: ?(?:h|uhr))?"  # 18:30
    r"|(?P<h3>1[0-2]|0?[1-9]) ?(?P<ap3>am|pm)"  # 6pm
    r"|(?P<h4>[01]?\d|2[0-3])\.(?P<m4>[0-5]\d) ?uhr"  # 18.30 Uhr
    # a bare hour after "um", "alle (ore)", "às", "a las", "ore": domani alle 18, às 18.30
    r"|(?:(?<=\bum )|(?<=\balle )|(?<=\bore )|(?<=\bas )|(?<=\bla )|(?<=\blas ))"
    r"(?P<h5>[01]?\d|2[0-3])(?:[.:](?P<m5>[0-5]\d))?"
    r"|(?P<noon>midi|noon|mittag|mezzogiorno|meio[- ]dia|mediodia)"
    r"|(?P<midnight>minuit|midnight|mitternacht|mezzanotte|meia[- ]noite|medianoche)"
    r")(?![\w:.])"
)
# "ce soir", "tonight" name today; "soir", "evening"... make "8h" mean 20h. Spanish "mañana"
# is tomorrow alone and the morning after "por la", "de la", "esta"; German "Morgen" is the
# morning after "heute", "am".
_THIS_PART = re.compile(
    r"\b(?:(?:ce|cet|this) (?:soir|matin|aprem|morning|afternoon|evening)"
    r"|heute (?:abend|morgen|fruh|nachmittag|vormittag|nacht)|stamattina|stanotte"
    r"|oggi pomeriggio|(?:esta|hoy por la|hoje a|hoje de) (?:noite|tarde|manha|noche|manana))\b"
)
_LATE = re.compile(
    r"\b(?:soir|aprem|afternoon|evening|night|tonight|abends?|nachmittags?|nachts?|sera|stasera"
    r"|pomeriggio|notte|tarde|noite|noche)\b"
)
_PARTS = re.compile(
    r"\b(?:du |de l'|in the |at |am |di |del |da |de la |por la |a la |de |a )?"
    r"(?:soir|matin|aprem|morning|afternoon|evening|night|abends?|nachmittags?|nachts?"
    r"|morgens|vormittags?|fruh|sera|pomeriggio|notte|mattin[ao]|tarde|noite|noche|manha)\b"
    r"|\b(?:am morgen|por la manana|de la manana|la manana)\b"
)


def split_time(text: str) -> tuple[time | None, str] | None:
    """The time in a normalised text and the rest of it; None if the time is impossible
    ("13pm") or there are several ("de 14h à 16h")."""
    text = re.sub(r"\bapres[- ]?midi\b", "aprem", text)  # before "midi" is read as noon
    late = _LATE.search(text) is not None
    text = _THIS_PART.sub("today", text)
    text = _PARTS.sub("", text)
    found = list(_TIME.finditer(text))
    if not found:
        return None, " ".join(text.split())
    if len(found) > 1:
        return None
    m = found[0]
    rest = " ".join((text[: m.start()] + " " + text[m.end() :]).split())
    # "demain à", "morgen um", "domani alle ore", "mañana a las" once the hour is out
    rest = re.sub(
        r"(?:^| )(?:a|at|vers|around|des|um|gegen|alle|alle ore|ore|verso|as|pelas|a las|a la"
        r"|las|hacia|sobre)$",
        "",
        rest,
    )
    if m["noon"]:
        return time(12), rest
    if m["midnight"]:
        return time(0), rest
    hour = int(m["h1"] or m["h2"] or m["h3"] or m["h4"] or m["h5"])
    minute = int(m["m1"] or m["m2"] or m["m4"] or m["m5"] or 0)
    ampm = m["ap2"] or m["ap3"]
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif late and hour < 12:
        hour += 12  # "ce soir 8h" is 20:00
    return time(hour, minute), rest


# ---------------------------------------------------------------- entry points


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")


def _shift(now: datetime, minutes: float) -> datetime:
    # Elapsed time, not wall-clock time: add in UTC so "dans 2 heures" across a DST change
    # is still two real hours.
    return (now.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(now.tzinfo)


def parse_past_day(text: str, now: datetime) -> date | None:
    """The day a follow-up happened: "hier", "lundi", "mardi dernier", "12.11", "12 novembre",
    "il y a 3 jours", "last Friday"... None if not a day.

    A weekday alone is the most recent one, today included; "dernier"/"last" excludes today.
    A day and month without year is the most recent occurrence. A time may follow the day
    ("hier 14h") and is ignored. Raises DateInFuture for "demain", "dans 2 jours", a date
    after today; DateTooFar for a day more than PAST_DAYS_MAX back.
    """
    _require_aware(now)
    s = normalize(text)
    today = now.date()
    for relative in (_AGO, _IN):
        # "il y a 2 heures", "in 2 hours": minutes here; days and weeks go through _parse_day.
        m = relative.fullmatch(s)
        if m is None:
            continue
        groups = m.groupdict()
        minutes = _minutes(groups.get("rest") or groups.get("rest2") or "")
        if minutes is not None:
            if relative is _IN:
                raise DateInFuture(text)
            if minutes > PAST_DAYS_MAX * 24 * 60:
                raise DateTooFar(text)
            return _shift(now, -minutes).date()
    split = split_time(s)
    if split is None or not split[1]:
        return None  # an hour alone is not a day
    spec = _parse_day(split[1])
    if spec is None:
        return None
    if spec.offset is not None:
        # Checked before the sum, which overflows for "il y a 10⁹ jours".
        if spec.offset > 0:
            raise DateInFuture(text)
        if spec.offset < -PAST_DAYS_MAX:
            raise DateTooFar(text)
        day: date | None = today + timedelta(days=spec.offset)
    elif spec.day is not None:
        day = _dated(spec, today, step=-1)
    else:
        assert spec.weekday is not None
        if spec.modifier == "next":
            raise DateInFuture(text)
        back = (today.weekday() - spec.weekday) % 7
        if back == 0 and spec.modifier == "last":
            back = 7  # "mardi dernier" said on a Tuesday is a week ago
        day = today - timedelta(days=back)
    if day is not None and day > today:
        raise DateInFuture(text)
    if day is not None and (today - day).days > PAST_DAYS_MAX:
        raise DateTooFar(text)
    return day


def parse_future_datetime(
    text: str, now: datetime, default_time: time | None = None
) -> datetime | None:
    """The moment of an event: "samedi 14h", "mardi prochain 18h", "le 3 décembre à 18h30",
    "demain 10h", "dans 2 heures", "tomorrow 6pm", "2026-12-03 18:30"... in now's time zone,
    or None if not understood.

    A weekday alone is the next one, today only if the hour is still ahead; "prochain"/"next"
    is the next one after today. A day and month without year is the next occurrence, today
    included. An hour alone is today. Without an hour, default_time is used, or MissingTime
    is raised. Raises DateInPast when the moment is not after now (also "22.11 à 9h" when it
    is 22.11 at 10:00: more likely a slip than next year), DateTooFar more than
    FUTURE_DAYS_MAX days ahead.
    """
    _require_aware(now)
    s = normalize(text)
    if not s:
        return None
    today = now.date()
    relative = _IN.fullmatch(s)
    if relative:
        minutes = _minutes(relative["rest"])
        if minutes is not None:
            if minutes <= 0:
                return None
            if minutes > FUTURE_DAYS_MAX * 24 * 60:
                raise DateTooFar(text)
            return _shift(now, minutes).replace(second=0, microsecond=0)
    split = split_time(s)
    if split is None:
        return None
    given, rest = split
    spec = _parse_day(rest) if rest else _TODAY
    if spec is None:
        return None
    at = given or default_time
    if spec.offset is not None:
        # Checked before the sum, which overflows for "dans 10⁹ jours".
        if spec.offset < 0:
            raise DateInPast(text)
        if spec.offset > FUTURE_DAYS_MAX:
            raise DateTooFar(text)
        day: date | None = today + timedelta(days=spec.offset)
    elif spec.day is not None:
        day = _dated(spec, today, step=1)
    else:
        assert spec.weekday is not None
        if spec.modifier == "last":
            raise DateInPast(text)
        ahead = (spec.weekday - today.weekday()) % 7
        if ahead == 0 and (
            spec.modifier == "next"
            or at is None
            or datetime.combine(today, at, tzinfo=now.tzinfo) <= now
        ):
            ahead = 7
        day = today + timedelta(days=ahead)
    if day is None:
        return None
    if day < today:
        raise DateInPast(text)
    if (day - today).days > FUTURE_DAYS_MAX:
        raise DateTooFar(text)
    if at is None:
        raise MissingTime(text)
    moment = datetime.combine(day, at, tzinfo=now.tzinfo)
    if moment <= now:
        raise DateInPast(text)
    return moment
