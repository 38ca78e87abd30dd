# What the COPIL does with a safety alert (issue 12): repeats, writing to the youth,
# closing with an outcome, /alerts. A youth reads "the team", never "COPIL" nor a
# member's name.
safety-copil-said-repeat = ⏰ <b>Nobody has taken it yet</b>, { $minutes } min after the first alert. The message itself is only in the first alert.
