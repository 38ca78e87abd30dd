# Was das COPIL mit einer Alarmmeldung des Sicherheitsnetzes tut (Issue 12). Das COPIL wird
# gesiezt; ein junger Mensch liest "Das Team", nie "COPIL" noch den Namen eines Mitglieds.
safety-copil-said-repeat = ⏰ <b>Noch niemand hat sie übernommen</b>, { $minutes } Min. nach der ersten Meldung. Die Nachricht selbst steht nur in der ersten Meldung.
cmd-alerts = Meldungen des Sicherheitsnetzes
alert-team = Das Team
alert-yours = ✅ Sie kümmern sich darum
alert-write = ✍️ Der jungen Person schreiben
alert-close = ✔️ Meldung abschliessen
alert-close-ask = Wie endet Meldung Nr. { $id }? Nur das Ergebnis wird gespeichert, nie ein Text.
alert-outcome-safe = 🟢 In Sicherheit
alert-outcome-emergency = 🚑 An den Notdienst übergeben
alert-outcome-professional = 🩺 An eine Fachperson verwiesen
alert-outcome-no_answer = 🔇 Keine Antwort
alert-outcome-false_alarm = ⚪ Fehlalarm
alert-outcome-other = ➖ Anderes
alert-keep = ◀ Noch nicht
alert-kept = Meldung Nr. { $id } bleibt offen.
alert-closed = ✔️ Meldung Nr. { $id } abgeschlossen: { $outcome }.
alert-closed-label = ✔️ Abgeschlossen: { $outcome }
alert-closed-by = Meldung abgeschlossen von { $name }: { $outcome }.
alerts-none = Keine offene Meldung. 🌿
alerts-title = <b>Offene Meldungen: { $count }</b>
    Nicht übernommene zuerst. Die Nachricht steht nur in der Meldung selbst.
alerts-line-open = 🆘 <b>Nr. { $id }</b> · { $who } · { $category } ({ $level }) · niemand hat sie übernommen, seit { $age }
alerts-line-taken = ✅ Nr. { $id } · { $who } · { $category } ({ $level }) · übernommen von { $owner } nach { $took } · seit { $age }
alerts-stranger = jemand, der noch nicht angemeldet ist
alerts-closed-title = <b>In den letzten 7 Tagen geschlossen: { $count }</b>
alerts-line-closed = ✔️ Nr. { $id } · { $who } · { $category } ({ $level }) · geschlossen von { $closer }: { $outcome } · offen während { $lasted }
alerts-take = 🙋 Nr. { $id }: ich kümmere mich
alerts-write = ✍️ Nr. { $id }: schreiben
alerts-close = ✔️ Nr. { $id }: abschliessen
alerts-age-min = { $n } Min.
alerts-age-h = { $n } Std.
alerts-age-d = { $n } T.
# How often an alert nobody took goes again, per team (/alerts, the last button).
alerts-repeat = ⏱ Wiederholung der Alarme
alerts-repeat-which = Wiederholungen für welches Team?
alerts-repeat-now = Team { $team }: Ein Alarm, den niemand übernommen hat, geht alle <b>{ $minutes } Min.</b> erneut an das ganze COPIL, bis jemand ihn übernimmt. Ändern:
alerts-repeat-choice = { $minutes } Min.
alerts-repeat-back = ◀ Zurück zu den Alarmen
# The owner's way to someone not signed up yet (no name): the alert's number says who.
alert-stranger-label = Nr. { $id } · jemand, der noch nicht angemeldet ist
safety-copil-said-model =
    { $said }
    Die Wörter, die für das Modell am meisten zählten: { $text }
