# Keine Begleitung endet still, und die Pause der Mentor:innen (« Sie » mit Mentor:innen,
# « du » mit jungen Menschen).
silence-nudge = 🌱 Seit { $days } Tagen nichts gehört von { $name }. Ein kurzes Wort, oder ein Treffen zum Eintragen?
silence-log = 📝 Treffen eintragen
silence-write = ✉️ Schreiben
silence-ask = 🌱 { $name } und du habt euch eine Weile nicht geschrieben. Willst du die Begleitung behalten?
silence-keep = Ja, ich behalte sie
silence-later = Später
silence-stop = Ich höre lieber auf
silence-keep-done = 👍 Notiert, die Begleitung geht weiter. { $tu ->
    *[yes] Schreib, wann du willst, deine Mentor:in weiss Bescheid.
    [no] Schreiben Sie, wann Sie wollen.
}
silence-later-done = Gut, wir fragen dich später nochmal. Die Begleitung geht weiter.
silence-stop-done = Erledigt, die Begleitung ist beendet. Danke für dieses Stück Weg! Mit /request kannst du jederzeit eine neue Anfrage stellen.
silence-already-ended = Diese Begleitung ist schon beendet. Mit /request kannst du jederzeit eine neue Anfrage stellen.
silence-kept-mentor = 🌱 { $name } möchte die Begleitung mit Ihnen behalten. Ein kurzes Wort wird Freude machen.
silence-stopped-mentor = { $name } hat die Begleitung lieber beendet, weil es zuletzt keinen Kontakt gab. Danke für das, was Sie zusammen gemacht haben.
silence-warn-youth = 🌱 Wenn weder du noch { $name } schreibt, schliesst sich diese Begleitung in einer Woche. Eine Nachricht genügt, um sie zu behalten. Und mit /request kannst du immer eine neue Anfrage stellen.
silence-warn-mentor = 🌱 Ohne Kontakt zwischen Ihnen und { $name } schliesst sich diese Begleitung in einer Woche. Eine Nachricht oder ein Eintrag genügt, um sie zu behalten.
silence-closed-youth = Die Begleitung mit { $name } ist geschlossen, weil es seit { $days } Tagen keinen Kontakt gab. Danke für dieses Stück Weg! Mit /request kannst du jederzeit eine neue Anfrage stellen.
silence-closed-mentor = Die Begleitung mit { $name } ist geschlossen, weil es seit { $days } Tagen keinen Kontakt gab (« kein Kontakt mehr »). Danke für das, was Sie zusammen gemacht haben.
silence-link-gone = Diese Begleitung ist nicht mehr aktiv: Hier gibt es nichts einzutragen. /log für ein anderes Treffen.

pause-ask = Die letzten drei Anfragen sind an Ihnen vorbeigegangen (abgelehnt oder von anderen übernommen). Möchten Sie eine Pause machen? Sie bekommen dann keine neuen Anfragen bis /available. Ihre laufenden Begleitungen gehen weiter.
pause-yes = ⏸ Ja, eine Pause
pause-no = Nein, ich bleibe verfügbar
pause-yes-done = ⏸ Notiert: vorerst keine neuen Anfragen. Ihre laufenden Begleitungen gehen weiter. Um wieder welche zu bekommen: /available
pause-no-done = 👍 Sie bleiben verfügbar für neue Anfragen.
available-done = ▶️ Sie bekommen wieder neue Anfragen.
available-already = Sie sind schon verfügbar für neue Anfragen.
people-paused-mark = ⏸ (Pause)
people-paused-count = ⏸ Mentor:innen in Pause: { $count }

cmd-available = Wieder Anfragen bekommen

## /rhythms (Steuergruppe, « Sie »): die Rhythmen jedes Teams
cmd-rhythms = Funkstille und Check-ins des Teams
rhythm-which-team = Für welches Team?
rhythm-summary =
    <b>⏱ Rhythmen · { $team }</b>

    Ohne Nachricht oder Eintrag: Erinnerung an die Mentor:in nach { $silence } Tagen, Frage an die junge Person nach { $ask } Tagen, Begleitung geschlossen nach { $close } Tagen (beide werden eine Woche vorher informiert).
    Check-in der jungen Menschen: { $checkin ->
        [0] ausgeschaltet
       *[other] alle { $checkin } Tage
    }.
rhythm-change-silence = 🔕 Tage Funkstille bis zur Erinnerung
rhythm-change-ask = ❓ Frage an die junge Person
rhythm-change-close = 🔒 Begleitung schliessen
rhythm-change-checkin = 🌤 Rhythmus der Check-ins
rhythm-ask-silence = Nach wie vielen Tagen Funkstille soll die Mentor:in erinnert werden?
rhythm-ask-ask = Nach wie vielen Tagen Funkstille soll die junge Person gefragt werden, ob sie die Begleitung behalten möchte?
rhythm-ask-close = Nach wie vielen Tagen Funkstille soll die Begleitung schliessen (« kein Kontakt mehr »)? Beide werden eine Woche vorher informiert.
rhythm-order-bad = ⚠️ Nicht möglich: Die Erinnerung muss spätestens mit der Frage an die junge Person kommen, das Schliessen mindestens eine Woche nach der Frage. Jetzt: Erinnerung { $silence } T., Frage { $ask } T., Schliessen { $close } T. Es hat sich nichts geändert.
rhythm-ask-checkin = Wie oft sollen die jungen Menschen gefragt werden, wie es ihnen geht?
rhythm-silence-days = { $days } Tage
rhythm-checkin-days = { $days ->
    [0] Ausgeschaltet
   *[other] { $days } Tage
}
rhythm-back = ◀ Zurück
rhythm-close = ✖ Schliessen
rhythm-closed = Notiert.
