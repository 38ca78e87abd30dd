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

# Das Wohlbefinden der Mentor:innen, einmal pro Quartal (« Sie »).
wellbeing-ask = 🌿 Eine Frage fürs Quartal, nur für Sie: Wie geht es Ihnen gerade als Freiwillige:r? (Ihre Antwort bleibt bei der Steuergruppe, für die Zahlen des Programms.)
wellbeing-support = Danke. Bräuchten Sie Unterstützung?
wellbeing-support-yes = Ja, ich würde gern darüber reden
wellbeing-support-no = Nein, danke
wellbeing-support-sent = Weitergeleitet an Ihre Ansprechperson: Sie meldet sich bei Ihnen. Danke für alles, was Sie tun. 💛
wellbeing-thanks = Danke für Ihre Antwort und für alles, was Sie tun. 💛
wellbeing-already = Sie haben diese Frage schon beantwortet.
wellbeing-support-asked = 🌿 { $name } wünscht sich Unterstützung (Quartalsfrage zum Wohlbefinden der Freiwilligen). Melden Sie sich, wenn Sie können.
