# Anlässe der Steuergruppe: Schulungen, Intervision, Infoanlässe (issue 5).
# Junge Menschen lesen nie « Intervision »: Für sie ist es ein Treffen mit dem Team.

cmd-event = Schulung oder Treffen erstellen
cmd-events = Anlässe: Antworten, Anwesenheit

event-kind-training = Schulung
event-kind-intervision = Intervision
event-kind-info = Infoanlass
event-kind-meeting = Treffen mit dem Team

## /event (Steuergruppe)
event-ask-kind = Was für ein Anlass?
event-ask-title = Sein Titel? (höchstens { $max } Zeichen, /cancel zum Abbrechen)
event-title-bad = Der Titel braucht 2 bis { $max } Zeichen. Nochmal, oder /cancel.
event-ask-when = Wann? Zum Beispiel « Donnerstag 18:30 » oder « am 3. Dezember um 9 Uhr ».
event-when-confirm = 📅 { $when }: Stimmt das?
event-when-yes = ✅ Ja
event-when-no = ✏️ Nein, ändern
event-ask-duration = Wie lange? Zum Beispiel « 2 Std. », « 1h30 », « 90 Min. ».
event-duration-bad = Diese Dauer habe ich nicht verstanden (zwischen 1 Minute und 12 Stunden). Zum Beispiel « 1h30 ».
event-ask-place = Wo? Eine Adresse, ein Raum oder ein Link zum Einloggen. (höchstens { $max } Zeichen)
event-place-bad = Der Ort braucht 2 bis { $max } Zeichen. Nochmal, oder /cancel.
event-ask-capacity = Wie viele Plätze? Eine Zahl (bis { $max }), oder 0 ohne Grenze.
event-capacity-bad = Tippen Sie eine Zahl von 1 bis { $max }, oder 0 ohne Grenze.
event-ask-audience = Wen einladen?
event-preview =
    Das ist die Einladung ({ $count ->
        [0] noch niemand
        [one] 1 Person
       *[other] { $count } Personen
    }), mit einer Kalenderdatei:
event-send = 📤 Einladungen senden ({ $count })
event-created = Anlass Nr. { $id } erstellt: Die Einladungen gehen raus. /events zeigt die Antworten.
event-report =
    Einladungen zu « { $title } » gesendet: { $sent } erhalten{ $unreachable ->
        [0] {""}
       *[other] , { $unreachable } nicht erreichbar (Bot blockiert)
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } fehlgeschlagen
    }. /events zeigt die Antworten.
event-calendar-caption = Die Kalenderdatei zur Einladung.
event-gone = Diesen Anlass gibt es nicht mehr.

## Was die Eingeladenen bekommen
event-line-when = 🕒 { $when } ({ $minutes } Min.)
event-line-place = 📍 { $place }
event-line-capacity = 👥 { $capacity ->
        [one] { $capacity } Platz
       *[other] { $capacity } Plätze
    }
event-invite-question = { $tu ->
        [yes] Kommst du?
       *[no] Kommen Sie?
    }
event-yes = ✅ Ja
event-maybe = 🤔 Vielleicht
event-no = ❌ Nein
event-answered-yes = { $tu ->
        [yes] Notiert: Du kommst!
       *[no] Notiert: Sie kommen!
    }
event-answered-maybe = Notiert: vielleicht.
event-answered-no = Notiert: diesmal nicht.
event-answered-waiting = { $tu ->
        [yes] Im Moment ist alles voll: Du stehst auf der Warteliste. Ich sage dir Bescheid, wenn ein Platz frei wird.
       *[no] Im Moment ist alles voll: Sie stehen auf der Warteliste. Ich sage Ihnen Bescheid, wenn ein Platz frei wird.
    }
event-moved-up = { $tu ->
        [yes] 🎉 Ein Platz ist frei geworden: Du bist dabei!
       *[no] 🎉 Ein Platz ist frei geworden: Sie sind dabei!
    }
event-closed = Dieser Anlass hat begonnen oder wurde abgesagt: Antworten geht nicht mehr.
event-reminder-day = { $tu ->
        [yes] ⏰ Erinnerung: Morgen ist es so weit!
       *[no] ⏰ Erinnerung: Morgen ist es so weit.
    }
event-reminder-2h = ⏰ Erinnerung: in zwei Stunden.
event-change-moved = { $tu ->
        [yes] 📅 Neues Datum! Hier der neue Zeitpunkt (die Kalenderdatei ist aktuell):
       *[no] 📅 Neues Datum. Hier der neue Zeitpunkt (die Kalenderdatei ist aktuell):
    }
event-change-cancelled = ✖️ Abgesagt. Entschuldigung für die Änderung.

## /events (Steuergruppe)
events-none = Kein kommender Anlass. /event, um einen zu erstellen.
events-title = <b>Anlässe</b> (wählen Sie einen):
events-open = { $when } — { $title }
events-cancelled-mark = ✖️ <b>Abgesagt</b>
events-answers-yes = ✅ Ja ({ $count }): { $names }
events-answers-waiting = ⏳ Warteliste ({ $count }): { $names }
events-answers-maybe = 🤔 Vielleicht ({ $count }): { $names }
events-answers-no = ❌ Nein ({ $count }): { $names }
events-came = 🙋 Anwesend ({ $count }): { $names }
events-attendance = 🙋 Anwesenheit
events-attendance-title = Wer war bei « { $title } »? Tippen Sie auf einen Namen zum An- oder Abhaken.
events-move = 🕒 Verschieben
events-cancel = ✖️ Anlass absagen
events-cancel-confirm = « { $title } » absagen? Alle, die geantwortet haben, werden benachrichtigt.
events-cancel-yes = Ja, absagen
events-cancelled = « { $title } » ist abgesagt; alle, die geantwortet haben, wissen Bescheid.
events-move-ask = Neues Datum für « { $title } »? Zum Beispiel « Donnerstag 18:30 ». /cancel behält das Datum.
events-moved = « { $title } » ist verschoben auf { $when }; alle, die geantwortet haben, wissen Bescheid.
