"""The rituals as dialogs: dagstart, reflection, DADU, frictions, checklists, weekly review, mirror."""
