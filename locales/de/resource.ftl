# /resource (Steuergruppe) und /support (Mentor:innen) — « Sie ».
cmd-resource = Ansprechpersonen der Mentor:innen
cmd-support = Meiner Ansprechperson schreiben

resource-title = <b>Ansprechpersonen</b> (tippen Sie auf eine Mentor:in, um zu ändern)
resource-nobody = noch niemand
resource-no-mentor = Keine aktive Mentor:in in Ihren Teams.
resource-choose = Wer wird Ansprechperson für { $name }?
resource-done = ✅ { $copil } ist die Ansprechperson für { $name }.
resource-told-mentor = Ihre Ansprechperson ist jetzt { $name } aus der Steuergruppe. Zum Schreiben: /support
resource-told-copil = Sie sind jetzt die Ansprechperson für { $name }. Die /support-Nachrichten kommen hier an; antworten Sie auf die Nachricht (oder tippen Sie auf den Namen), um zu antworten.
support-nobody = Sie haben noch keine Ansprechperson. Die Steuergruppe gibt Ihnen eine mit /resource.
support-ready = Ihre nächsten Nachrichten gehen an <b>{ $name }</b>, Ihre Ansprechperson, über den Bot. Schreiben Sie jetzt. (/talk, um wieder einer jungen Person zu schreiben.)
