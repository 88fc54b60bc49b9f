"""Defaults and limits shared by the options, the file reader and the command line.

Each is defined once, here, in a module that imports nothing, so the command line builds its
parser (defaults, choices, help) from the same values as :class:`~newsread.Options` without
loading the analysis.
"""

from typing import Literal

#: Largest input read by default, in bytes. Analysis needs about 55 bytes of memory per
#: input byte (a 20 MB file peaks near 1.1 GB), so 10 MB keeps a run under ~600 MB.
DEFAULT_MAX_BYTES = 10_000_000
#: Silent reading rate for non-fiction, words per minute (Brysbaert 2019).
DEFAULT_READING_WPM = 238.0
#: Speaking rate for broadcast news, words per minute.
DEFAULT_SPEAKING_WPM = 150.0
#: How many of the longest sentences and hardest paragraphs the report lists.
DEFAULT_TOP = 5
#: Whose counts and formulas a report gives: newsread's own, or textstat's for the same body.
Engine = Literal["newsread", "textstat"]
ENGINES: tuple[Engine, ...] = ("newsread", "textstat")
DEFAULT_ENGINE: Engine = "newsread"
#: How figures count: "spoken" as a newsreader says them ("2022" = 5), or "one" syllable
#: per figure ("2022" = 1), as in Flesch (1979); docs/methodology.md, "Conventions".
Numbers = Literal["spoken", "one"]
NUMBERS: tuple[Numbers, ...] = ("spoken", "one")
#: The default convention, justified in docs/methodology.md ("Conventions and their sources").
DEFAULT_NUMBERS: Numbers = "spoken"
