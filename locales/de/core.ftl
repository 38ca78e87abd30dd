# Lien — Grundtexte (Deutsch; Französisch ist die Referenz).
# « du » mit Jugendlichen und Peer-Helfer:innen, « Sie » mit Mentor:innen und der Steuergruppe.
# Eine junge Person liest nie « COPIL » oder « Steuergruppe »: für sie ist es « das Team ».

## Diese Sprache: ihr eigener Name (Knöpfe von /language) und ihre Babel-Locale (Daten)
language-name = Deutsch
language-locale = de_CH

## Daten: Babel-Muster (EEEE Wochentag, d Tag, MMMM Monat, y Jahr, HH:mm Uhrzeit;
## Text zwischen Apostrophen steht so da). Das Jahr kommt dazu, wenn es nicht dieses ist.
when-moment = EEEE, d. MMMM 'um' HH:mm
when-moment-year = EEEE, d. MMMM y 'um' HH:mm
when-day = EEEE, d. MMMM
when-short-day = EEE d.MM.
when-short-day-moment = EEE d.MM. HH:mm
when-short-moment = d.MM. HH:mm
when-day-month = d. MMM
when-month = LLLL yyyy
when-short-month = LLL yyyy

## Rollen
role-youth = junge Person
role-mentor = Mentor:in
role-peer_helper = Peer-Helfer:in
role-copil = Mitglied der Steuergruppe
roles-youth = Junge Menschen
roles-mentor = Mentor:innen
roles-peer_helper = Peer-Helfer:innen
roles-copil = Steuergruppe
whole-programme = das ganze Programm

## Befehlsmenü
cmd-start = Starten
cmd-help = Was ich hier kann
cmd-language = Sprache ändern
cmd-cancel = Abbrechen, was gerade läuft
cmd-invite = Jemanden einladen
cmd-people = Die Personen im Team
cmd-teams = Die Teams

## Erster Kontakt
choose-language = { $tu ->
        [yes] Hallo! 👋 Wähl deine Sprache. / Choose your language.
       *[no] Guten Tag! 👋 Wählen Sie Ihre Sprache. / Choose your language.
    }
language-set = { $tu ->
        [yes] Alles klar: Ich schreibe dir auf Deutsch.
       *[no] Alles klar: Ich schreibe Ihnen auf Deutsch.
    }
intro-youth =
    <b>Lien</b> verbindet dich mit einer Mentorin oder einem Mentor: einer freiwilligen Person aus deinem Quartier, deinem Verein oder deiner Community, die dir bei Arbeit, Ausbildung, Wohnung oder etwas anderem helfen kann.

    • Du entscheidest. Niemand schreibt dir, wenn du es nicht willst, und du kannst jederzeit aufhören.
    • Es bleibt vertraulich. Deine Mentor:in sieht weder deine Nummer noch deinen Benutzernamen.
    • Mentor:innen sind Freiwillige. Für Gesundheit oder einen Notfall zeigen wir dir die richtigen Stellen.

    Damit es weitergeht, speichere ich deinen Telegram-Vornamen und deine Sprache. Du kannst jederzeit alles löschen mit /forget.
invite-intro-mentor =
    Willkommen! Sie sind eingeladen, bei <b>Lien</b> als Mentor:in mitzumachen, Team <b>{ $team }</b>.

    Ich speichere Ihren Telegram-Vornamen und Ihre Sprache, damit das Team Sie erreichen kann. Einverstanden?
invite-intro-peer_helper =
    Willkommen! Du bist eingeladen, bei <b>Lien</b> als Peer-Helfer:in mitzumachen, Team <b>{ $team }</b>.

    Ich speichere deinen Telegram-Vornamen und deine Sprache, damit das Team dich erreichen kann. Einverstanden?
invite-intro-copil =
    Willkommen! Sie sind eingeladen, bei <b>Lien</b> als Mitglied der Steuergruppe mitzumachen ({ $team }).

    Ich speichere Ihren Telegram-Vornamen und Ihre Sprache. Einverstanden?
invite-intro-youth =
    Willkommen! Du bist eingeladen, bei <b>Lien</b> mitzumachen, Team <b>{ $team }</b>.

    Ich speichere deinen Telegram-Vornamen und deine Sprache. Einverstanden?
consent-yes = ✅ Einverstanden
consent-no = Nein danke
consent-declined = Kein Problem, ich habe nichts gespeichert. Mit /start kommst du jederzeit zurück.
welcome-youth = Danke, { $name }! Du bist angemeldet.
welcome-mentor = Danke, { $name }! Sie sind jetzt Mentor:in bei Lien.
welcome-peer_helper = Danke, { $name }! Du bist jetzt Peer-Helfer:in bei Lien.
welcome-copil = Danke, { $name }! Sie sind jetzt Mitglied der Steuergruppe.
welcome-back = Hallo nochmal, { $name }!

## Einladungslinks
# Auch von Personen gelesen, die noch nicht angemeldet sind (auch Mentor:innen): weder « du » noch « Sie ».
link-invalid = Dieser Link gilt nicht: Vielleicht ist er unvollständig. Die Person, die ihn geschickt hat, kann einen neuen senden.
link-unknown = Dieser Link gilt nicht. Die Person, die ihn geschickt hat, kann einen neuen senden.
link-used = Dieser Link wurde schon benutzt: Jeder Link geht nur einmal. Die Person, die ihn geschickt hat, kann einen neuen senden.
link-expired = Dieser Link ist abgelaufen. Die Person, die ihn geschickt hat, kann einen neuen senden.

## Hilfe, nach Rolle
help-stranger = Zum Anfangen: /start
help-youth =
    Das kannst du tun:
    /request — Kontakt mit einer Mentor:in anfragen
    /talk — wählen, wem du schreibst
    /stop — deine Begleitung oder Anfrage beenden
    /mydata — sehen, was Lien über dich speichert
    /forget — alles löschen
    /news — Neuigkeiten vom Team bekommen oder nicht
    /groups — deine Peer-Gruppen und ihre Treffen
    /partners — Fachstellen, die dir helfen können
    /help — diese Nachricht nochmal
    /language — Sprache ändern
    /cancel — abbrechen, was gerade läuft
help-mentor =
    Das können Sie tun:
    /log — ein Treffen eintragen, z. B. « /log gestern 45 min mit Samir, Wohnung »
    /history — Ihre letzten Einträge: ansehen, ändern, löschen
    /hours — Ihre Zeit im Monat, mit CSV für die Entschädigung
    /partners — das Verzeichnis der Fachstellen
    /support — Ihrer Ansprechperson schreiben
    /mylink — Ihr persönlicher Link für eine junge Person
    /talk — wählen, welcher jungen Person Sie schreiben
    /end — eine Begleitung beenden
    /available — nach einer Pause wieder Anfragen bekommen
    /help — diese Nachricht nochmal
    /language — Sprache ändern
    /cancel — abbrechen, was gerade läuft
help-peer_helper =
    Das kannst du tun:
    /groups — deine Gruppen: Treffen, Ort und Thema, Beitrittsanfragen
    /attendance — nach einem Treffen abhaken, wer da war
    /partners — das Verzeichnis der Fachstellen, um weiterzuhelfen
    /mydata — sehen, was Lien über dich speichert
    /forget — alles löschen
    /help — diese Nachricht nochmal
    /language — Sprache ändern
    /cancel — abbrechen, was gerade läuft
help-copil =
    Das können Sie tun:
    /invite — Mentor:in, Peer-Helfer:in oder Steuergruppe einladen
    /people — die Personen im Team; jemanden deaktivieren
    /alerts — offene Meldungen des Sicherheitsnetzes: übernehmen, schreiben, abschliessen
    /teams — ein Team erstellen oder umbenennen
    /assign — eine offene Anfrage einer Mentor:in geben
    /emergency — die Notfallnummern für junge Menschen
    /hours — die Zeit der Mentor:innen pro Monat (Text und CSV)
    /stats — Zahlen für Geldgeber: Grafiken, CSV, Excel
    /rhythms — pro Team: Tage Funkstille und Rhythmus der Check-ins
    /resource — jeder Mentor:in eine Ansprechperson geben
    /talk — wählen, welcher Mentor:in Sie antworten
    /broadcast — Neuigkeiten senden (Mentor:innen, Peers, Junge)
    /broadcasts — die letzten und geplanten Sendungen
    /partners — Verzeichnis: suchen, hinzufügen, ändern, teilen
    /event — Schulung, Intervision oder Infoanlass erstellen
    /events — Anlässe: Antworten, Anwesenheit, verschieben
    /group — eine Peer-Gruppe erstellen
    /groups — die Gruppen Ihrer Teams und ihre Treffen
    /attendance — nach einem Treffen abhaken, wer da war
    /help — diese Nachricht nochmal
    /language — Sprache ändern
    /cancel — abbrechen, was gerade läuft

## Allgemeine Antworten
nothing-to-cancel = { $tu ->
        [yes] Gerade läuft nichts. /help zeigt, was du tun kannst.
       *[no] Gerade läuft nichts. /help zeigt, was Sie tun können.
    }
cancelled = Abgebrochen. Nichts wurde geändert.
unknown-command = { $tu ->
        [yes] Diesen Befehl kenne ich nicht. /help zeigt, was du tun kannst.
       *[no] Diesen Befehl kenne ich nicht. /help zeigt, was Sie tun können.
    }
stray-text = { $tu ->
        [yes] Das habe ich nicht verstanden. /help zeigt, was du tun kannst.
       *[no] Das habe ich nicht verstanden. /help zeigt, was Sie tun können.
    }
stray-text-stranger = Hallo! Zum Anfangen: /start
button-unknown = Dieser Knopf gilt nicht mehr.
button-close = Schliessen
button-back = ◀ Zurück
answer-can-change = { $tu ->
        [yes] Du kannst deine Antwort hier ändern.
       *[no] Sie können Ihre Antwort hier ändern.
    }
not-allowed = { $tu ->
        [yes] Das kannst du hier nicht tun.
       *[no] Das können Sie hier nicht tun.
    }
access-closed = { $tu ->
        [yes] Dein Zugang zu Lien ist geschlossen. Wenn das ein Fehler ist, sprich mit dem Team.
       *[no] Ihr Zugang zu Lien ist geschlossen. Wenn das ein Fehler ist, sprechen Sie mit dem Team.
    }
group-write-privately = Schreib mir bitte privat: Hier können alle mitlesen.
error-nothing-lost = Hoppla, bei mir hat etwas nicht geklappt. Nichts ist verloren: Versuch es einfach nochmal.

## /invite (Steuergruppe)
invite-which-role = Wen möchten Sie einladen?
invite-which-team = In welches Team ({ $role })?
invite-link =
    Hier ist der Link für: { $role }, Team <b>{ $team }</b>:
    { $link }

    Er geht nur einmal, bis { $until }. Schicken Sie ihn nur dieser Person.
invite-closed = Gut, keine Einladung.

## /people (Steuergruppe)
people-which-team = Welches Team?
people-title = <b>Team { $team }</b>
people-none = Noch niemand.
people-inactive-mark = (deaktiviert)
people-button-off = ⏸ { $name } deaktivieren
people-button-on = ▶ { $name } aktivieren
people-deactivate-confirm = { $name } deaktivieren? Alles stoppt bei der nächsten Nachricht dieser Person. Sie können später wieder aktivieren.
people-deactivate-yes = Ja, deaktivieren
people-deactivated = { $name } ist deaktiviert.
people-reactivated = { $name } ist wieder aktiv.

## /teams (Steuergruppe)
teams-title = <b>Teams</b>
teams-rename = ✏️ { $name } umbenennen
teams-new = ➕ Neues Team
teams-closed = In Ordnung.
teams-ask-new-name = Welcher Name für das neue Team? (höchstens { $max } Zeichen, /cancel zum Abbrechen)
teams-ask-rename = Neuer Name für « { $name } »? (höchstens { $max } Zeichen, /cancel zum Abbrechen)
teams-name-bad = Der Name braucht 2 bis { $max } Zeichen. Nochmal, oder /cancel.
teams-name-taken = Ein Team heisst schon « { $name } ». Wählen Sie einen anderen Namen, oder /cancel.
teams-created = Team « { $name } » erstellt.
teams-renamed = Erledigt: Das Team heisst jetzt « { $name } ».

# Worum es bei einer Anfrage oder einem Treffen geht (storage.models.THEMES)
theme-work = Arbeit
theme-training = Ausbildung
theme-housing = Wohnen
theme-money = Geld
theme-health = Gesundheit
theme-family = Familie
theme-papers = Papiere und Ämter
theme-loneliness = Einsamkeit
theme-other = Anderes

# Someone who blocked the bot (Telegram 403): /people marks them; a youth's mentor is told once.
people-blocked-mark = 🚫 hat den Bot blockiert
blocked-mentor = 🚫 Die Nachrichten des Bots erreichen <b>{ $name }</b> im Moment nicht: Der Bot wurde wohl blockiert. Das ist ihr gutes Recht. Nichts, was der Bot senden sollte, geht verloren: Es wird bei der Rückkehr zugestellt. Sie müssen nichts tun.
