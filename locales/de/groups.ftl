# Peer-Gruppen (issue 5). « du » mit jungen Menschen und Peer-Helfer:innen.
# Junge Menschen lesen « Gruppe » und « Treffen », nie « Steuergruppe » oder « Intervision ».

cmd-group = Eine Peer-Gruppe erstellen
cmd-groups = Meine Gruppen und ihre Treffen
cmd-attendance = Eintragen, wer beim Treffen war

## /group (Steuergruppe)
group-ask-name = Der Name der Gruppe? (höchstens { $max } Zeichen, /cancel zum Abbrechen)
group-no-helpers = In diesem Team gibt es noch keine Peer-Helfer:in: Laden Sie jemanden mit /invite ein und fangen Sie dann neu an.
group-ask-helpers = Wer leitet die Gruppe? Tippen Sie auf die Peer-Helfer:innen, dann « Weiter ».
group-helpers-done = Weiter ▶
group-helpers-none = Wählen Sie mindestens eine Peer-Helfer:in.
group-ask-size = Wie viele junge Menschen höchstens? Tippen Sie { $default } oder eine Zahl (2 bis { $max }).
group-size-bad = Tippen Sie eine Zahl von 2 bis { $max }.
group-ask-rhythm =
    Welcher Rhythmus? Zum Beispiel « jeden 2. und 4. Dienstag 18 Uhr », « jeden Donnerstag 17:30 », oder Daten: « 3.12. 18 Uhr; 17.12. 18 Uhr ».
group-rhythm-bad = Diesen Rhythmus habe ich nicht verstanden. Versuchen Sie « jeden 2. und 4. Dienstag 18 Uhr » oder « 3.12. 18 Uhr; 17.12. 18 Uhr ».
group-rhythm-past = « { $date } » ist schon vorbei. Nehmen Sie dieses Datum weg, oder schreiben Sie es mit Jahr, wenn es nächstes Jahr ist (« 24.11.2027 18 Uhr »).
group-confirm = Gruppe <b>{ $name }</b>, höchstens { $size } junge Menschen, { $count ->
        [one] { $count } Treffen geplant
       *[other] { $count } Treffen geplant
    }:
group-create = ✅ Gruppe erstellen
group-created =
    Gruppe <b>{ $name }</b> erstellt. Der Link zum Beitreten (für die jungen Menschen):
    { $link }
group-helper-told =
    Du leitest die Gruppe <b>{ $name }</b>. /groups zeigt ihre Treffen. Der Link zum Beitreten:
    { $link }

## Beitreten
group-full = Die Gruppe { $name } ist im Moment voll. Sprich mit der Person, die dir den Link gegeben hat.
group-joined = Willkommen in der Gruppe <b>{ $name }</b>! Die nächsten Treffen:
group-ask-join = ➕ « { $name } » beitreten
group-ask-mentor = 🙋 Um eine:n Mentor:in bitten
group-ask-which = Aus welcher Gruppe möchtest du um eine:n Mentor:in bitten?
group-asked = Angefragt: Du bekommst hier eine Antwort.
group-already = Du hast schon angefragt oder bist schon in dieser Gruppe.
group-request = { $name } möchte der Gruppe { $group } beitreten. { $tu ->
    [yes] Nimmst du die Anfrage an?
   *[no] Nehmen Sie die Anfrage an?
}
group-accept = ✅ Annehmen
group-decline = Ablehnen
group-accepted = Erledigt: Die Person ist jetzt in { $name }.
group-declined = Gut, die Anfrage ist abgelehnt.
group-youth-none = Du bist im Moment in keiner Gruppe.
group-leave = « { $name } » verlassen
group-leave-confirm = Willst du die Gruppe <b>{ $name }</b> verlassen? Du bekommst dann keine Erinnerungen mehr. Du kannst jederzeit mit /groups wieder anfragen.
group-leave-yes = Ja, ich gehe
group-leave-no = Nein, ich bleibe
group-left = Erledigt, du hast <b>{ $name }</b> verlassen. Danke, dass du dabei warst! Wenn du wieder Lust hast: /groups.
group-stayed = Gut, du bleibst in <b>{ $name }</b>.
group-not-member = Du bist nicht mehr in dieser Gruppe.

## /groups (Peer-Helfer:innen, Steuergruppe)
group-led-none = Noch keine Gruppe.
group-led-title = <b>{ $name }</b> — { $count }/{ $size } junge Menschen
group-session-open = { $name } · { $when }
group-answers-short = (✅ { $yes } · ❌ { $no })
group-answers-yes = ✅ Ja ({ $count }): { $names }
group-answers-no = ❌ Nein ({ $count }): { $names }
group-answers-none = ⏳ Noch keine Antwort ({ $count }): { $names }
group-set-details = 📍 Ort und Thema
group-cancel-session = ✖️ Treffen absagen
group-session-cancelled-mark = (abgesagt)
group-ask-details = Treffen am { $when }: der Ort, dann nach einem Strichpunkt das Thema. Zum Beispiel « Quartiertreff; Lebenslauf und Bewerbung ».
group-details-bad = { $tu ->
        [yes] Schreib den Ort (2 bis 120 Zeichen), dann wenn du willst « ; » und das Thema.
       *[no] Schreiben Sie den Ort (2 bis 120 Zeichen), dann wenn Sie wollen « ; » und das Thema.
    }
group-details-set = Notiert: { $line }
group-cancel-confirm = Das Treffen am { $when } ({ $name }) absagen? Die jungen Menschen der Gruppe werden benachrichtigt.
group-session-cancelled = Das Treffen am { $when } ist abgesagt; die jungen Menschen wissen Bescheid.

## Was die jungen Menschen bekommen
group-message-day = ⏰ Morgen ist Treffen der Gruppe <b>{ $group }</b>. Kommst du?
group-message-2h = ⏰ In zwei Stunden ist Treffen der Gruppe <b>{ $group }</b>.
group-message-cancelled = ✖️ Das Treffen der Gruppe <b>{ $group }</b> ist abgesagt.
group-yes = ✅ Ja
group-no = ❌ Nein
group-answered-yes = Notiert, bis bald!
group-answered-no = Notiert. Vielleicht nächstes Mal!

## /attendance
group-attendance-none = Kein Treffen in den letzten zwei Wochen.
group-attendance-which = Welches Treffen?
group-attendance-title = { $name }, { $when }: { $count } anwesend. { $tu ->
        [yes] Tipp auf einen Namen zum An- oder Abhaken.
       *[no] Tippen Sie auf einen Namen zum An- oder Abhaken.
    }
group-sessions-all = 🗓 Alle kommenden Treffen
group-sessions-title = <b>{ $name }</b>: { $count } kommende(s) Treffen

# Bewertung eines Treffens (« du » mit jungen Menschen und Peer-Helfer:innen)
rating-ask = ⭐ Danke, dass du beim Peer-Treffen « { $group } » warst! Wie war es? (1 = nicht so toll, 5 = super) Deine Bewertung bleibt anonym.
rating-1 = 1
rating-2 = 2
rating-3 = 3
rating-4 = 4
rating-5 = 5
rating-thanks = Danke für deine Bewertung! 💛
rating-average = ⭐ Treffen « { $group } » vom { $day }: im Schnitt { $stars } von 5 ({ $count } Bewertungen der Anwesenden). Weitere Bewertungen zählen ohne neue Nachricht in den Zahlen des Teams, damit niemand erkennbar ist.
