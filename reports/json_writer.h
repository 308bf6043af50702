/* A small streaming JSON writer shared by every JSON output of weft (analysis, check, Perfetto, SARIF). */
#ifndef WEFT_JSON_WRITER_H
#define WEFT_JSON_WRITER_H

#include <stdint.h>
#include <stdio.h>

/*
 * Usage: weft_json_init(&j, f); weft_json_obj_begin(&j); weft_json_key(&j, "a");
 * weft_json_int(&j, 1); weft_json_obj_end(&j); ... Commas are inserted for you.
 * Strings are escaped (control characters, quotes, backslash, and '<' '>' '&'
 * as \u escapes so the output is safe inside an HTML <script> element); bytes that
 * are not valid UTF-8 become U+FFFD, so the output is always valid JSON.
 * Errors of the underlying FILE are sticky: check weft_json_error() (0 or -errno)
 * once at the end.
 */
#define WEFT_JSON_MAX_DEPTH 64

struct weft_json {
    FILE *f;
    int depth;
    int pretty;                         /* 1: newline and indent per member */
    unsigned char first[WEFT_JSON_MAX_DEPTH]; /* no member written yet at this depth */
    unsigned char after_key;
    int err;
};

void weft_json_init(struct weft_json *j, FILE *f, int pretty);
void weft_json_obj_begin(struct weft_json *j);
void weft_json_obj_end(struct weft_json *j);
void weft_json_arr_begin(struct weft_json *j);
void weft_json_arr_end(struct weft_json *j);
void weft_json_key(struct weft_json *j, const char *key);
void weft_json_str(struct weft_json *j, const char *s);       /* NULL writes null */
void weft_json_strn(struct weft_json *j, const char *s, size_t n);
void weft_json_int(struct weft_json *j, int64_t v);
void weft_json_uint(struct weft_json *j, uint64_t v);
void weft_json_double(struct weft_json *j, double v);        /* non-finite writes null */
void weft_json_bool(struct weft_json *j, int v);
void weft_json_null(struct weft_json *j);
/* Writes pre-formatted JSON text as one value (the caller vouches for it). */
void weft_json_raw(struct weft_json *j, const char *text);
/* Returns 0, or -errno of the first write error. */
int weft_json_error(const struct weft_json *j);

/* Writes s escaped as a JSON string body (no quotes) to f. */
void weft_json_escape_to(FILE *f, const char *s, size_t n);

#endif
