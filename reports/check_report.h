/* Renderers of weft check results: compiler-style text, JSON (docs/check-json.md) and SARIF 2.1.0. */
#ifndef WEFT_CHECK_REPORT_H
#define WEFT_CHECK_REPORT_H

#include "weft_check.h"

#include <stdio.h>

/* Each writes r to f with file paths shown relative to base (absolute when outside it)
 * and returns 0 or -errno of a write error. */
int weft_check_write_text(FILE *f, const struct weft_check_result *r, const char *base);
int weft_check_write_json(FILE *f, const struct weft_check_result *r, const char *base);
int weft_check_write_sarif(FILE *f, const struct weft_check_result *r, const char *base, const char *version);

/* How many of a finding's accesses JSON and SARIF list (WEFT_CHECK_LISTED_ACCESSES; JSON
 * says how many there are in "accesses_total"). */
static inline size_t weft_check_listed(const struct weft_check_finding *x)
{
    return x->naccesses < WEFT_CHECK_LISTED_ACCESSES ? x->naccesses : WEFT_CHECK_LISTED_ACCESSES;
}

/* path relative to base when it lies under base, else path itself (no allocation). */
const char *weft_check_relpath(const char *path, const char *base);

/* An access's call path as words, " via f() at a.c:12 -> g() at a.c:30" ("" when it is in its
 * thread's start routine), into buf of len bytes (cut short if it does not fit). */
void weft_check_path_words(char *buf, size_t len, const struct weft_check_access *a, const char *base);

/* The line saying n findings matched by type only were left out (len bytes into buf). */
void weft_check_hidden_line(char *buf, size_t len, size_t n);

#endif
