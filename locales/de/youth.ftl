# Kontaktanfragen, Begleitungen, Weiterleitung, Ende, Sicherheitsnetz, Daten (issue 3).
# « du » mit jungen Menschen, « Sie » mit Mentor:innen und der Steuergruppe; junge Menschen lesen « das Team ».

cmd-request = Kontakt anfragen
cmd-talk = Wählen, wem ich schreibe
cmd-stop = Begleitung oder Anfrage beenden
cmd-mydata = Meine Daten
cmd-forget = Alles löschen
cmd-mylink = Mein persönlicher Link
cmd-end = Eine Begleitung beenden
cmd-assign = Eine Anfrage zuteilen
cmd-emergency = Notfallnummern des Teams

## /request (junge Person)
request-button = 🤝 Kontakt anfragen
request-has-link = Du bist schon mit { $name } verbunden. Schreib mir hier, ich leite weiter. Zum Beenden: /stop.
request-already-open = Du hast schon eine offene Anfrage:
request-change = ✏️ Ändern
request-withdraw = Anfrage zurückziehen
request-keep = So lassen
request-kept = Gut, deine Anfrage bleibt, wie sie ist.
request-none-open = Du hast keine offene Anfrage mehr. /request für eine neue.
request-withdrawn = Erledigt: Deine Anfrage ist zurückgezogen. Mit /request kannst du jederzeit eine neue stellen.
request-to-mentor = Deine Anfrage geht an <b>{ $name }</b>.
request-which-team = In welcher Region?
request-where-met = Wo hast du deine Mentor:in kennengelernt, oder in welchem Umfeld? (freiwillig)
met-sport = ⚽ Sport
met-culture = 🎭 Kultur
met-faith = 🕊 Religiöse Gemeinschaft
met-community = 🌍 Meine Community
met-work = 💼 Arbeit
met-public = 🏙 Öffentlicher Raum
met-other = Anderes
request-skip = Überspringen
request-what-about = Worum geht es? Wähl ein oder mehrere Themen, dann « Weiter ».
request-continue = Weiter ▶
request-themes-none = Wähl mindestens ein Thema.
request-age = Wie alt bist du?
age-under_16 = Unter 16
age-16_17 = 16–17 Jahre
age-18_25 = 18–25 Jahre
age-26_30 = 26–30 Jahre
age-over_30 = Über 30
request-over-30 = Danke für dein Vertrauen. Lien ist für junge Menschen bis 30, darum kann ich dir keine Mentor:in schicken. Andere Stellen können dir helfen: /partners zeigt das Verzeichnis.
request-name = Welchen Vornamen oder Spitznamen darf deine Mentor:in benutzen? (höchstens { $max } Zeichen)
request-name-keep = « { $name } » behalten
request-name-bad = Schreib einen Vornamen oder Spitznamen mit 1 bis { $max } Zeichen.
request-message = Eine kurze Nachricht an deine Mentor:in? (freiwillig, höchstens { $max } Zeichen)
request-message-bad = Deine Nachricht darf höchstens { $max } Zeichen haben. Kürz sie, oder « Überspringen ».
request-use-buttons = Nimm die Knöpfe oben, oder /cancel zum Aufhören.
request-confirm = Das ist deine Anfrage. Soll ich sie senden?
request-send = ✅ Senden
request-fix-met = Ändern: wo wir uns trafen
request-fix-themes = Ändern: die Themen
request-fix-age = Ändern: das Alter
request-fix-name = Ändern: der Name
request-fix-message = Ändern: die Nachricht
request-summary-name = 👤 { $name }
request-summary-age = 🎂 { $age }
request-summary-met = 📍 { $met }
request-summary-themes = 💬 { $themes }
request-summary-message = ✉️ « { $message } »
request-summary-flagged = ⚠️ <b>Die Nachricht enthält Worte von Not.</b> Lien hat schon behutsam geantwortet, und das Team ist dran. Antworten Sie sanft.
request-summary-language = 🗣 schreibt auf { $lang }
language-fr = Französisch
language-en = Englisch
language-de = Deutsch
language-it = Italienisch
language-pt = Portugiesisch
language-es = Spanisch
language-ar = Arabisch
request-sent = Gesendet! Ich sage dir Bescheid, sobald eine Mentor:in antwortet. Wenn niemand schnell antwortet, kümmert sich das Team. Mit /stop kannst du die Anfrage zurückziehen.
request-sent-team = Gesendet! Das Team sucht die richtige Person für dich und meldet sich sehr bald.
request-team-on-it = Für deine Anfrage hat sich noch keine Mentor:in gefunden: Das Team kümmert sich und meldet sich sehr bald. Du musst nichts tun.
request-accepted =
    Gute Nachricht: <b>{ $name }</b> hat deine Anfrage angenommen! 🎉

    Schreib hier, ich leite deine Nachrichten weiter (Text, Foto, Sprachnachricht, Dokument). { $name } sieht weder deine Nummer noch deinen Benutzernamen. Mit /stop kannst du jederzeit aufhören.

## Antwort der Mentor:innen
request-notice = 🤝 <b>Neue Kontaktanfrage</b>
request-accept = ✅ Annehmen
request-decline = Ablehnen
request-notice-forgotten = (Anfrage auf Wunsch der Person gelöscht.)
request-notice-withdrawn = Die Person hat diese Anfrage zurückgezogen. Trotzdem danke!
request-taken = Eine andere Mentor:in hat diese Anfrage schon angenommen. Danke für Ihre Antwort!
request-yours = Sie haben diese Anfrage schon angenommen: Schreiben Sie hier, um mit der Person zu reden.
request-declined = Sie haben diese Anfrage abgelehnt. Danke für Ihre Antwort.
request-you-accepted =
    Sie haben die Anfrage von <b>{ $name }</b> angenommen. Danke!

    { request-write-here }
request-write-here = Schreiben Sie hier: Ich leite Ihre Nachrichten weiter, ohne Ihre Nummer und Ihren Benutzernamen. Bei mehreren jungen Menschen antworten Sie auf deren Nachricht oder wählen mit /talk. /end beendet die Begleitung.
request-assigned = 🤝 Die Steuergruppe hat Ihnen die Anfrage von <b>{ $name }</b> anvertraut. Danke, dass Sie sie begleiten!
request-assigned-other = Die Steuergruppe hat diese Anfrage einer anderen Mentor:in gegeben. Trotzdem danke!
request-reminder = ⏰ Die Anfrage von <b>{ $name }</b> wartet noch auf eine Antwort. Können Sie sie annehmen oder ablehnen?
mylink =
    Ihr persönlicher Link, persönlich an eine junge Person weiterzugeben (als Nachricht oder als QR-Code aus dem Link):
    { $link }

    Wer ihn öffnet, schickt die Anfrage an Sie, und Sie bekommen sie hier.

## Warnungen an die Steuergruppe
escalation-unanswered = ⚠️ Die Anfrage von <b>{ $name }</b> (Team { $team }) wartet seit { $hours } h ohne Antwort. /assign, um sie einer Mentor:in zu geben.
escalation-no-mentor = ⚠️ Neue Anfrage von <b>{ $name }</b> (Team { $team }): keine aktive Mentor:in zu benachrichtigen. /assign, um sie einer Mentor:in zu geben.
escalation-declined = ⚠️ Alle Mentor:innen haben die Anfrage von <b>{ $name }</b> (Team { $team }) abgelehnt. /assign, um sie einer Mentor:in zu geben.

## /assign (Steuergruppe)
assign-none = Keine offene Anfrage. 🎉
assign-which-request = Welche Anfrage möchten Sie zuteilen?
assign-request = { $name } — seit { $since }
assign-which-mentor = Welcher Mentor:in geben Sie die Anfrage von { $name }?
assign-no-mentor = In diesem Team gibt es keine aktive Mentor:in.
assign-not-open = Diese Anfrage ist nicht mehr offen.
assign-done = Erledigt: { $mentor } begleitet jetzt { $name }. Beide wissen Bescheid.

## Weiterleitung
relay-from = ↩ { $name }
relay-to = ✉️ { $name }
relay-which = Bei mehreren Personen weiss ich nicht, an wen diese Nachricht geht (antworten Sie auf deren Nachricht, oder /talk): Ich habe nichts gesendet.
relay-offer = { $tu ->
        [yes] Um sie trotzdem zu senden, wähl, an wen:
       *[no] Um sie trotzdem zu senden, wählen Sie, an wen:
    }
relay-went-to = → { $name }
relay-not-sent = Ich habe diese Nachricht an niemanden weitergeleitet.
relay-nowhere = { $tu ->
        [yes] Ich habe diese Nachricht an niemanden weitergeleitet. /help zeigt, was du tun kannst.
       *[no] Ich habe diese Nachricht an niemanden weitergeleitet. /help zeigt, was Sie tun können.
    }
relay-reply-unknown = Ich habe diese Nachricht an niemanden weitergeleitet: Sie antwortet auf eine Nachricht vom Bot oder vom Team (oder aus einem gelöschten Gespräch), nicht von einer Person.
relay-choose = Wem möchten Sie schreiben?
relay-nobody-youth = Du hast gerade niemanden zum Schreiben. /request, um Kontakt anzufragen.
relay-nobody = { $tu ->
        [yes] Du hast gerade niemanden zum Schreiben.
       *[no] Sie haben gerade niemanden zum Schreiben.
    }
relay-only-one-youth = Deine Nachrichten gehen an { $name }.
relay-only-one = Ihre Nachrichten gehen an { $name }.
relay-now-to = { $tu ->
        [yes] Deine nächsten Nachrichten gehen an <b>{ $name }</b>.
       *[no] Ihre nächsten Nachrichten gehen an <b>{ $name }</b>.
    }
relay-sent-to = { $tu ->
        [yes] An <b>{ $name }</b> gesendet. Deine nächsten Nachrichten gehen auch an diese Person.
       *[no] An <b>{ $name }</b> gesendet. Ihre nächsten Nachrichten gehen auch an diese Person.
    }
relay-ended = Dieses Gespräch ist beendet: Die Nachricht wurde nicht weitergeleitet.
relay-ended-youth = Deine Begleitung mit { $name } ist beendet: Deine Nachricht wurde nicht weitergeleitet. Mit /request kannst du jederzeit eine neue Anfrage stellen.
relay-ended-mentor = Die Begleitung mit { $name } ist beendet: Ihre Nachricht wurde nicht weitergeleitet.
relay-mentor-away = Deine Mentor:in ist gerade nicht erreichbar: Deine Nachricht wurde nicht weitergeleitet. Sprich mit dem Team, oder /stop und dann /request, um jemand anderen anzufragen.
relay-youth-away = Das Team hat den Zugang von { $name } zu Lien vorerst geschlossen: Ihre Nachricht wurde nicht weitergeleitet.
relay-undelivered-youth = Ich konnte diese Nachricht nicht weiterleiten (vielleicht hat die Person den Bot blockiert). Versuch es später nochmal.
relay-undelivered = Ich konnte diese Nachricht nicht weiterleiten (vielleicht hat die Person den Bot blockiert). Versuchen Sie es später nochmal.
relay-flagged = ⚠️ Die folgende Nachricht von <b>{ $name }</b> enthält Worte von Not. Lien hat schon behutsam geantwortet (mit den Notfallnummern oder der Frage, ob die Person in Sicherheit ist), und das Team ist dran. Antworten Sie sanft; Sie sind nicht allein.

## /stop (junge Person) und /end (Mentor:in)
stop-confirm = Deine Begleitung mit <b>{ $name }</b> beenden? Ich sage es freundlich weiter. Du kannst später eine neue Anfrage stellen.
stop-yes = Ja, beenden
stop-no = Nein, weitermachen
stop-kept = Gut, nichts ändert sich.
stop-request = Du hast eine offene Anfrage. Zurückziehen?
stop-nothing = Du hast weder eine Begleitung noch eine offene Anfrage. /request, um Kontakt anzufragen.
stop-already-ended = Diese Begleitung ist schon beendet.
stop-done = Erledigt, die Begleitung ist beendet. Danke für dieses Stück Weg! Mit /request kannst du jederzeit eine neue Anfrage stellen.
stop-mentor = <b>{ $name }</b> hat die Begleitung beendet. Das ist ihr gutes Recht und kein Scheitern: Danke für Ihr Dasein. Sie müssen nichts tun.
end-nothing = Sie begleiten gerade niemanden.
end-which = Welche Begleitung möchten Sie beenden?
end-why = Warum endet die Begleitung von <b>{ $name }</b>?
end-reason-goals = 🎯 Ziele erreicht
end-reason-work = 💼 Arbeit oder Ausbildung gefunden
end-reason-professional = 🤝 An Fachperson übergeben
end-reason-no_contact = 📭 Kein Kontakt mehr
end-reason-other = Anderer Grund
end-cancel = Abbrechen
end-kept = Gut, die Begleitung geht weiter.
end-already-ended = Diese Begleitung ist schon beendet.
end-done = Die Begleitung von <b>{ $name }</b> ist beendet. Danke für Ihr Engagement!
end-youth = { $name } hat eure Begleitung beendet. Danke für dieses Stück Weg! Wenn du noch Hilfe brauchst, kannst du mit /request jederzeit eine neue Anfrage stellen.
peer-offer = Bravo für deine Arbeit oder Ausbildung! 🎉 Andere junge Menschen könnten von deiner Erfahrung profitieren. Möchtest du Peer-Helfer:in werden (Treffen unter Jungen leiten, zweimal im Monat)? Das Team würde sich melden.
peer-yes = Ja, das interessiert mich
peer-no = Nein danke
peer-declined = Kein Problem! Alles Gute. 🙂
peer-agreed = Super! Das Team weiss Bescheid und meldet sich bei dir.
peer-copil = <b>{ $name }</b> hat Arbeit oder eine Ausbildung gefunden (begleitet von { $mentor }) und ist bereit, als Peer-Helfer:in eingeladen zu werden.
peer-invite = Als Peer-Helfer:in einladen
peer-already = Diese Person ist bei Lien nicht mehr als junge Person eingetragen (schon Peer-Helfer:in?).
peer-done = { $name } ist jetzt Peer-Helfer:in. Ich habe sie willkommen geheissen.

## Sicherheitsnetz
safety-youth =
    Danke, dass du mir das schreibst. Was du erlebst, zählt, und du bist nicht allein. 💛
    Wenn du in Gefahr bist oder jetzt reden musst, ruf an:
    { $numbers }
    Und das Team weiss Bescheid, um dir zu helfen.
safety-category-suicide = Suizidgedanken
safety-category-self_harm = Selbstverletzung
safety-category-abuse = Missbrauch
safety-category-violence = Gewalt
safety-category-danger = in Gefahr
safety-category-threat = Drohung gegen andere
safety-category-distress = Not, Verzweiflung
safety-level-high = dringend
safety-level-medium = beunruhigend
safety-copil =
    🚨 <b>Warnung vom Sicherheitsnetz</b> ({ $category }, { $level } · Regel { $rule })
    { $who }
    { $where }
    { $said }
safety-copil-who-youth = Junge Person: <b>{ $name }</b>, Team { $team }
safety-copil-who-peer_helper = Peer-Helfer:in: <b>{ $name }</b>, Team { $team }
safety-copil-who-stranger = Jemand, der noch nicht angemeldet ist (kein Name), Team { $team }
safety-copil-said =
    Nachricht: « { $text } »
    Die Notfallnummern wurden der Person geschickt.
safety-copil-said-not_really = Auf die Frage « Bist du gerade in Sicherheit? » kam die Antwort « Nicht wirklich ». Die Notfallnummern wurden geschickt. Die Nachricht wird nicht gespeichert.
safety-copil-said-talk = Auf die Frage « Bist du gerade in Sicherheit? » kam die Antwort « Ich will mit jemandem reden ». Die Notfallnummern wurden geschickt. Die Nachricht wird nicht gespeichert.
safety-copil-said-timeout = Beunruhigende Worte, und 30 Minuten keine Antwort auf die Frage « Bist du gerade in Sicherheit? ». Sonst wurde nichts geschickt; die Nachricht wird nicht gespeichert.
safety-question = Was du schreibst, macht mir ein bisschen Sorgen. Bist du gerade in Sicherheit?
safety-answer-ok = Ja, alles okay
safety-answer-not_really = Nicht wirklich
safety-answer-talk = Ich will mit jemandem reden
safety-answered-ok = Danke für deine Antwort. 💛 Wenn sich etwas ändert, schreib mir, ich bin da.
safety-take = 🙋 Ich übernehme
safety-taken-you = Notiert: Sie übernehmen. Die anderen sehen es.
safety-taken-label = ✅ { $name } übernimmt
safety-taken-by = { $name } übernimmt schon.
safety-copil-link = Begleitung Nr. { $link } mit { $mentor } (kommt die Nachricht dort an, ist sie markiert).
safety-copil-no-link = Noch keine Begleitung.
emergency-ch =
    • 144 — medizinischer Notfall
    • 117 — Polizei
    • 143 — Die Dargebotene Hand (Gespräch, rund um die Uhr)
    • 147 — Pro Juventute (für Junge, rund um die Uhr)
emergency-fr =
    • 15 — SAMU (medizinischer Notfall)
    • 17 — Polizei
    • 112 — Notruf
    • 3114 — Suizidprävention (rund um die Uhr)
    • 119 — Kinder in Gefahr
emergency-default = • 112 — Notruf

## /emergency (Steuergruppe)
emergency-own = Liste des Teams
emergency-country = Standard, Land { $country }
emergency-change = ✏️ Ändern: { $team }
emergency-reset = ↺ Standard
emergency-was-reset = Erledigt: Das Team { $team } zeigt wieder die Standardnummern seines Landes.
emergency-ask =
    Tippen Sie die Nummern für das Team <b>{ $team }</b>, eine pro Zeile mit ihrer Bedeutung (höchstens { $lines } Zeilen), zum Beispiel:
    144 medizinischer Notfall
    143 Die Dargebotene Hand (rund um die Uhr)
    /cancel zum Abbrechen.
emergency-bad = Es braucht 1 bis { $lines } Zeilen, jede mit einer Nummer. Nochmal, oder /cancel.
emergency-saved =
    Gespeichert. Die jungen Menschen im Team { $team } sehen:
    { $numbers }

## /mydata und /forget
mydata-nothing = { $tu ->
        [yes] Ich habe keine Daten über dich.
       *[no] Ich habe keine Daten über Sie.
    }
mydata-caption = { $tu ->
        [yes] Das ist alles, was Lien über dich speichert. Nachrichten werden nie gespeichert.
       *[no] Das ist alles, was Lien über Sie speichert. Nachrichten werden nie gespeichert.
    }
forget-confirm = Alles löschen? Dein Profil, deine Anfragen, deine Begleitung und ihr Verlauf werden für immer gelöscht. Deine laufende Begleitung endet. Das kann man nicht rückgängig machen.
forget-yes = Ja, alles löschen
forget-no = Nein, behalten
forget-kept = Gut, nichts wird gelöscht.
forget-done = Erledigt: Alles ist gelöscht. Pass auf dich auf! Wenn du eines Tages zurückkommen willst, schick /start.
