# Sendungen der Steuergruppe (issue 5). « Sie » mit der Steuergruppe, « du » mit jungen Menschen.

cmd-broadcast = Neuigkeiten ans Team senden
cmd-broadcasts = Die letzten und geplanten Sendungen
cmd-news = Neuigkeiten bekommen oder nicht

## /broadcast (Steuergruppe)
broadcast-ask-audience = An wen geht die Nachricht?
broadcast-audience-mentors = Die Mentor:innen
broadcast-audience-peer_helpers = Die Peer-Helfer:innen
broadcast-audience-youths = Junge, die Neuigkeiten wollen
broadcast-audience-everyone = Alle
broadcast-ask-team = Für welches Team?
broadcast-all-teams = Alle Teams
broadcast-ask-content =
    Senden Sie die Nachricht so, wie sie rausgehen soll: Text (fett, kursiv, Links erlaubt), oder ein Foto oder Dokument mit Bildtext (höchstens { $max } Zeichen).
    /cancel zum Abbrechen.
broadcast-content-bad = Senden Sie Text, ein Foto oder ein Dokument (nur eines). Oder /cancel.
broadcast-lost = Dieser Entwurf ist nicht mehr da. Fangen Sie mit /broadcast neu an.
broadcast-preview-title = Vorschau, genau so, wie die Personen sie bekommen:
broadcast-preview-for =
    Für: <b>{ $audience }</b>, { $where } — { $count ->
        [0] noch niemand
        [one] 1 Person
       *[other] { $count } Personen
    }.
broadcast-send-now = 📤 Jetzt senden ({ $count })
broadcast-schedule = 🕒 Planen
broadcast-change = ✏️ Nachricht ändern
broadcast-stop = Abbrechen
broadcast-nobody = Im Moment bekommt niemand diese Nachricht: Nichts wurde gesendet.
broadcast-sending = Es geht los (Sendung Nr. { $id }). Ich schicke Ihnen einen Bericht, wenn alles zugestellt ist. /broadcasts zeigt den Stand.
broadcast-ask-when = Wann senden? Zum Beispiel « morgen 9 Uhr », « Donnerstag 18:30 », « am 3. Dezember um 8 Uhr ».
broadcast-when-bad = Dieses Datum habe ich nicht verstanden. Versuchen Sie « morgen 9 Uhr » oder « am 3. Dezember um 8 Uhr », oder /cancel.
broadcast-when-past = Dieser Zeitpunkt ist schon vorbei. Geben Sie ein kommendes Datum an, oder /cancel.
broadcast-when-too-far = Das ist zu weit weg: höchstens { $years } Jahre im Voraus. Welches Datum?
broadcast-when-no-time = Um welche Uhrzeit? Zum Beispiel « Donnerstag 18:30 », oder /cancel.
broadcast-scheduled = Geplant für { $when }. /broadcasts, um es abzusagen.
broadcast-report =
    Sendung Nr. { $id } fertig: { $sent } gesendet{ $unreachable ->
        [0] {""}
       *[other] , { $unreachable } nicht erreichbar (Bot blockiert)
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } fehlgeschlagen
    }.

## /broadcasts (Steuergruppe)
broadcasts-none = Noch keine Sendung. /broadcast, um eine zu senden.
broadcasts-title = <b>Sendungen</b>
broadcasts-line-scheduled = 🕒 Nr. { $id } — geplant { $when } — { $audience }, { $where }
broadcasts-line-sending = 📤 Nr. { $id } — läuft — { $audience }, { $where } — { $sent }/{ $total }
broadcasts-line-done = ✅ Nr. { $id } — { $when } — { $audience }, { $where } — { $sent }/{ $total } gesendet, { $unreachable } nicht erreichbar, { $failed } fehlgeschlagen
broadcasts-line-cancelled = ✖️ Nr. { $id } — abgesagt — { $audience }, { $where }
broadcasts-cancel = ✖️ Nr. { $id } absagen ({ $when })
broadcasts-cancelled = Sendung Nr. { $id } abgesagt.
broadcasts-too-late = Zu spät: Sie ist schon gesendet oder abgesagt.

## /news (junge Menschen)
news-on = Du bekommst die Neuigkeiten vom Team (Kurse, Aktivitäten, Infos).
news-off = Du bekommst keine Neuigkeiten vom Team. Du kannst das jederzeit ändern.
news-turn-on = 🔔 Neuigkeiten bekommen
news-turn-off = 🔕 Keine mehr bekommen
