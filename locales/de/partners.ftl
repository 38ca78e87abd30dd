# /partners — auch von jungen Menschen gelesen: neutral formuliert, weder « du » noch « Sie », kein « Steuergruppe ».
cmd-partners = Verzeichnis der Fachstellen

domain-health = Gesundheit
domain-mental_health = Psychische Gesundheit
domain-social = Sozialhilfe
domain-job = Berufliche Integration
domain-training = Ausbildung
domain-housing = Wohnen
domain-legal = Recht
domain-addiction = Sucht
domain-other = Anderes

partners-home = <b>Verzeichnis der Fachstellen</b>
    Fachstellen, die helfen können: einen Bereich wählen oder einen Namen suchen (auch direkt: /partners caritas).
partners-closed = Verzeichnis geschlossen. /partners öffnet es wieder.
partners-in-domain = <b>{ $domain }</b>: { $count ->
        [0] noch keine Fachstelle.
        [one] eine Fachstelle.
       *[other] { $count } Fachstellen.
    }
partners-found = { $count } Fachstellen gefunden:
partners-none = Keine Fachstelle heisst « { $name } ». Einen Teil des Namens versuchen, oder einen Bereich: /partners
partners-shared-yes = 🌍 Auch für die anderen Teams sichtbar
partners-shared-no = 🏠 Nur für Ihr Team sichtbar
partners-edit = ✏️ Ändern
partners-share = 🌍 Mit anderen Teams teilen
partners-unshare = 🏠 Nicht mehr teilen
partners-add = ➕ Fachstelle hinzufügen
partners-add-domain = In welchem Bereich?
partners-skip = Überspringen
partners-clear = Feld leeren
partners-edit-which = Was möchten Sie ändern?
partners-field-name = Name
partners-field-what = Was sie macht
partners-field-phone = Telefon
partners-field-email = E-Mail
partners-field-address = Adresse
partners-field-website = Website
partners-field-domain = Bereich
partners-ask-name = Ihr Name? (2 bis { $max } Zeichen, /cancel zum Abbrechen)
partners-ask-what = Was sie macht, in einem Satz? (höchstens { $max } Zeichen)
partners-ask-phone = Ihre Telefonnummer?
partners-ask-email = Ihre E-Mail?
partners-ask-address = Ihre Adresse?
partners-ask-website = Ihre Website?
partners-bad-name = Der Name braucht 2 bis { $max } Zeichen.
partners-bad-what = Bitte höchstens { $max } Zeichen.
partners-bad-phone = Das ist keine Telefonnummer (Ziffern, Leerzeichen, + am Anfang). Nochmal?
partners-bad-email = Das ist keine E-Mail-Adresse (name@beispiel.ch). Nochmal?
partners-bad-address = Bitte höchstens { $max } Zeichen.
partners-bad-website = Das ist keine Website-Adresse (beispiel.ch oder https://beispiel.ch). Nochmal?
partners-saved = ✅ Gespeichert.
partners-search = 🔎 Nach Namen suchen
partners-ask-search = Welcher Name (oder ein Teil davon)?
