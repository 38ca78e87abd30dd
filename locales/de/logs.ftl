# /log, /history, /hours (Mentor:innen, Steuergruppe) — « Sie ».

## Arten der Begleitung (storage.models.KINDS)
kind-one_off = Einmalig
kind-long_term = Längerfristig
kind-collective = In der Gruppe
kind-relay = Weiter an Fachperson

## /log
log-who = Für wen? Tippen Sie auf einen Namen, oder schreiben Sie alles in einem Satz, zum Beispiel: « gestern 45 min mit Samir, Wohnen ».
log-who-pending = « { $name } » ist keine Ihrer jungen Personen bei Lien. Wenn Sie die Person ausserhalb des Bots begleiten, tippen Sie unten auf den Namen.
log-button-offline-new = ➕ { $name } (offline)
log-button-offline-other = ➕ Jemand, offline begleitet
log-button-group = 👥 Eine Gruppe
log-ask-offline = Spitzname oder Initialen? Nur Sie sehen sie. (höchstens { $max } Zeichen)
log-offline-bad = Bitte einen Spitznamen oder Initialen mit 1 bis { $max } Zeichen.
log-ask-group = Welche Gruppe? Zum Beispiel « Fussball am Dienstag ». (höchstens { $max } Zeichen)
log-group-bad = Der Gruppenname braucht 1 bis { $max } Zeichen.
log-ask-kind = Welche Art von Begleitung?
log-ask-when = Wann? Tippen Sie auf einen Knopf oder schreiben Sie das Datum (« Dienstag », « 12.11. »).
log-today = Heute
log-yesterday = Gestern
log-before-yesterday = Vorgestern
log-date-future = Dieser Tag ist noch nicht vorbei: Ein Treffen wird eingetragen, wenn es stattgefunden hat. Welcher Tag war es?
log-date-too-old = Das ist über ein Jahr her: Ein Treffen wird im selben Jahr eingetragen. Welcher Tag war es?
log-date-unknown = Dieses Datum habe ich nicht verstanden. Versuchen Sie « gestern », « Dienstag » oder « 12.11. ».
log-ask-minutes = Wie lange? Tippen Sie auf einen Knopf oder schreiben Sie es (« 1h30 », « 20 Min. »).
log-minutes-bad = Die Dauer muss zwischen 1 Minute und { $max } Stunden liegen. Wie lange?
log-minutes-unknown = Diese Dauer habe ich nicht verstanden. Versuchen Sie « 45 », « 1h30 » oder « 2 Stunden ».
log-ask-partner = An welche Fachstelle? Tippen Sie auf einen Namen oder schreiben Sie ihn.
log-partner-unknown = « { $name } » ist nicht im Verzeichnis. Behalten Sie den Namen so, oder wählen Sie eine Fachstelle (Sie können auch einen anderen Namen schreiben).
log-partner-keep = ✍️ « { $name } » behalten
log-partner-several = Mehrere Fachstellen passen: welche?
log-who-youth = 👤 { $name }
log-who-offline = 🔒 { $name } (offline)
log-who-group = 👥 Gruppe « { $name } »
log-who-forgotten = 👤 (Person gelöscht)
log-summary-title = <b>Ihr Eintrag</b>
log-summary-themes-none = 🏷 Themen: Tippen Sie unten mindestens eines an
log-summary-note = 📝 Verschlüsselte Notiz: { $length ->
        [one] { $length } Zeichen
       *[other] { $length } Zeichen
    }
log-summary-no-note = 📝 Keine Notiz. Um eine hinzuzufügen, schreiben Sie sie hier: Sie wird verschlüsselt, und nur Sie lesen sie.
log-summary-check = Prüfen Sie, dann « Speichern ». Vorher wird nichts gespeichert.
log-save = ✅ Speichern
log-edit = ✏️ Ändern
log-discard = ✖️ Verwerfen
log-themes-needed = Wählen Sie mindestens ein Thema.
log-note-too-long = Diese Notiz hat { $length } Zeichen: höchstens { $max }. Kürzen Sie sie und senden Sie sie nochmal; der Rest des Eintrags bleibt.
log-note-kept = 📝 Notiz hinzugefügt, verschlüsselt.
log-saved = ✅ Gespeichert: { $minutes } Min., { $when }. Danke!
log-saved-already = ✅ Dieser Eintrag ist schon gespeichert, nur einmal.
log-updated = ✅ Eintrag geändert.
log-edit-which = Was möchten Sie ändern?
log-edit-who = Für wen
log-edit-kind = Art der Begleitung
log-edit-when = Datum
log-edit-minutes = Dauer
log-edit-partner = Fachstelle
log-edit-note = 🗑 Notiz löschen
log-not-understood = Ich habe nichts erkannt. Tippen Sie auf einen Knopf, oder schreiben Sie zum Beispiel « gestern 45 min mit Samir, Wohnen ».
log-sentence-duration = « { $text } »: Eine Dauer muss zwischen 1 Minute und { $max } Stunden liegen. Nichts wurde gespeichert.
log-sentence-future = « { $text } » ist noch nicht vorbei: Ein Treffen wird eingetragen, wenn es stattgefunden hat. Nichts wurde gespeichert.
log-sentence-too-old = « { $text } » ist über ein Jahr her: Ein Treffen wird im selben Jahr eingetragen. Nichts wurde gespeichert.
log-discarded = Gut, nichts wurde gespeichert.
log-use-buttons = Tippen Sie auf einen der Knöpfe oben, oder /cancel.
log-gone = Diesen Eintrag gibt es nicht mehr, oder er kann nicht mehr geändert werden (höchstens 30 Tage).
log-stale = Sie haben vor einer Weile einen Eintrag angefangen. Ist diese Nachricht für den Eintrag? Wenn ja, senden Sie sie nochmal. War sie für eine junge Person, legen Sie den Eintrag beiseite und senden Sie sie dann nochmal: Sie geht an Ihre junge Person.
log-set-aside = ⏸ Eintrag beiseitelegen
log-was-set-aside = ⏸ Eintrag beiseitegelegt, nichts ist verloren: /log, um weiterzumachen. Ihre Nachrichten gehen wieder an Ihre jungen Personen.
log-resumed = ▶ Ihr beiseitegelegter Eintrag geht hier weiter.

## Befehlsmenü
cmd-log = Ein Treffen eintragen
cmd-history = Meine letzten Einträge
cmd-hours = { $role ->
        [copil] Zeit des Teams (Entschädigung)
       *[other] Meine Zeit (Entschädigung)
    }

## /history
history-none = Noch kein Eintrag. /log, um einen zu machen.
history-title = <b>Ihre letzten Einträge</b>
history-tap = Tippen Sie auf einen Eintrag der letzten 30 Tage, um ihn zu sehen, zu ändern oder zu löschen.
history-delete = 🗑 Löschen
history-delete-confirm = Diesen Eintrag löschen? Das ist endgültig.
history-delete-yes = Ja, löschen
history-deleted = 🗑 Eintrag gelöscht.
history-note-unreadable = 📝 Notiz nicht lesbar: Der Schlüssel hat sich seither geändert.

## /hours
hours-title = <b>Ihre Zeit</b>
hours-month = <b>{ $month }</b>: { $total }
hours-csv = 📄 CSV { $month }
hours-csv-caption = Ihre Zeit im { $month }: { $total }. Daten, Arten, Minuten, Themen und Fachstellen; keine Namen, keine Notizen. Sie können sie der Steuergruppe weitergeben.
hours-col-date = Datum
hours-col-kind = Art der Begleitung
hours-col-minutes = Minuten
hours-col-themes = Themen
hours-col-partner = Fachstelle
hours-col-kind-code = Code der Art
hours-col-theme-codes = Codes der Themen
hours-col-team = Team
hours-col-mentor = Mentor:in
hours-col-total = Total (Minuten)
hours-which-month = Welcher Monat?
hours-team-title = <b>Zeit der Mentor:innen, { $month }</b>
hours-team-none = Kein Eintrag.
hours-year = 📅 Die letzten 12 Monate
hours-team-summary =
    <b>Zeit der Mentor:innen, { $month }</b>
    { $mentors } Mentor:innen in { $teams } Team(s): { $total } insgesamt.
    Die Einzelheiten pro Mentor:in stehen in der Datei unten.
