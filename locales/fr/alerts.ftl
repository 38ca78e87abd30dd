# What the COPIL does with a safety alert (issue 12): repeats, writing to the youth,
# closing with an outcome, /alerts. The COPIL is addressed with "vous"; a youth reads
# "l'équipe", never "COPIL" nor a member's name.
safety-copil-said-repeat = ⏰ <b>Personne ne l'a encore prise</b>, { $minutes } min après la première alerte. Le message lui-même n'est que dans la première alerte.
