# /partners — read by youths too: neutral wording, no "COPIL".
cmd-partners = Partner directory

domain-health = Health
domain-mental_health = Mental health
domain-social = Social help
domain-job = Job insertion
domain-training = Training
domain-housing = Housing
domain-legal = Legal
domain-addiction = Addiction
domain-other = Other

partners-home = <b>Partner directory</b>
    Professional services that can help: choose a domain, or search a name (also in one go: /partners caritas).
partners-closed = Directory closed. /partners opens it again.
partners-in-domain = <b>{ $domain }</b>: { $count ->
        [0] no partner yet.
        [one] one partner.
       *[other] { $count } partners.
    }
partners-found = { $count } partners found:
partners-none = No partner is called "{ $name }". Try part of the name, or a domain: /partners
partners-shared-yes = 🌍 Also visible to the other teams
partners-shared-no = 🏠 Visible to your team only
partners-edit = ✏️ Edit
partners-share = 🌍 Share with the other teams
partners-unshare = 🏠 Stop sharing
partners-add = ➕ Add a partner
partners-add-domain = Which domain?
partners-skip = Skip
partners-clear = Clear this field
partners-edit-which = What do you want to change?
partners-field-name = Name
partners-field-what = What they do
partners-field-phone = Phone
partners-field-email = E-mail
partners-field-address = Address
partners-field-website = Website
partners-field-domain = Domain
partners-ask-name = Its name? (2 to { $max } characters, /cancel to cancel)
partners-ask-what = What they do, in one sentence? ({ $max } characters at most)
partners-ask-phone = Their phone number?
partners-ask-email = Their e-mail?
partners-ask-address = Their address?
partners-ask-website = Their website?
partners-bad-name = The name must be 2 to { $max } characters.
partners-bad-what = { $max } characters at most, please.
partners-bad-phone = That is not a phone number (digits, spaces, + first). Once more?
partners-bad-email = That is not an e-mail address (name@example.org). Once more?
partners-bad-address = { $max } characters at most, please.
partners-bad-website = That is not a website address (example.org or https://example.org). Once more?
partners-saved = ✅ Saved.
partners-search = 🔎 Search by name
partners-ask-search = Which name (or part of it)?
