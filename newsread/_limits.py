"""Size limits, shared by the options, the file reader and the command line."""

#: Largest input read by default, in bytes. Analysis needs about 55 bytes of memory per
#: input byte (a 20 MB file peaks near 1.1 GB), so 10 MB keeps a run under ~600 MB.
DEFAULT_MAX_BYTES = 10_000_000
