/* weft's one error convention: 0 or a negative errno, weft's own codes above WEFT_EBASE, and weft_strerror for the text. */
#ifndef WEFT_ERROR_H
#define WEFT_ERROR_H

/*
 * A function that can fail returns 0 (or a count) on success and a negative errno on
 * failure.  Failures errno has no word for use the codes below, returned negative the same
 * way (-WEFT_ENOTREG).  Where the reason needs context (a path, a line, SQLite's message)
 * the function also fills a caller's `char *err, size_t errlen` with one line; the return
 * value is still the code.  Libraries never print: cli/ does, one line per error.
 */
#define WEFT_EBASE 4096

enum {
    WEFT_ENOTREG = WEFT_EBASE, /* an output that exists and is not a regular file (a trace is a SQLite file) */
};

/* The text for ERR, negative (as returned) or positive: strerror's for errno values. */
const char *weft_strerror(int err);

#endif
