"""The one writer: every change of learner or roster state goes through here."""
