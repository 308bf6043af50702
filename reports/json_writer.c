/* A small streaming JSON writer shared by every JSON output of weft. */
#include "json_writer.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <string.h>

void weft_json_init(struct weft_json *j, FILE *f, int pretty)
{
    memset(j, 0, sizeof(*j));
    j->f = f;
    j->pretty = pretty;
    j->first[0] = 1;
}

static void check(struct weft_json *j)
{
    if (!j->err && ferror(j->f))
        j->err = errno ? -errno : -EIO;
}

static void indent(struct weft_json *j)
{
    fputc('\n', j->f);
    for (int i = 0; i < j->depth; i++)
        fputs("  ", j->f);
}

/* Separator before a value or key at the current depth. */
static void before_item(struct weft_json *j)
{
    if (j->after_key) {
        j->after_key = 0;
        return;
    }
    if (!j->first[j->depth])
        fputc(',', j->f);
    j->first[j->depth] = 0;
    if (j->pretty && j->depth > 0)
        indent(j);
}

static void open_(struct weft_json *j, char c)
{
    before_item(j);
    fputc(c, j->f);
    if (j->depth + 1 < WEFT_JSON_MAX_DEPTH)
        j->depth++;
    j->first[j->depth] = 1;
}

static void close_(struct weft_json *j, char c)
{
    int empty = j->first[j->depth];
    if (j->depth > 0)
        j->depth--;
    if (j->pretty && !empty)
        indent(j);
    fputc(c, j->f);
    check(j);
}

void weft_json_obj_begin(struct weft_json *j) { open_(j, '{'); }
void weft_json_obj_end(struct weft_json *j) { close_(j, '}'); }
void weft_json_arr_begin(struct weft_json *j) { open_(j, '['); }
void weft_json_arr_end(struct weft_json *j) { close_(j, ']'); }

/* Length of the valid UTF-8 sequence at s (1..4, within n bytes), or 0 when it is not one. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    size_t len = s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 && s[0] < 0xe0 ? 2 : 0;
    if (!len || len > n)
        return 0;
    for (size_t k = 1; k < len; k++)
        if ((s[k] & 0xc0) != 0x80)
            return 0;
    /* Overlong 3/4-byte forms, surrogates and code points above U+10FFFF. */
    if (len == 3 && ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0)))
        return 0;
    if (len == 4 && ((s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90)))
        return 0;
    return len;
}

/* 1 when c can be written as it is inside a JSON string embedded in HTML. */
static int plain_ascii(unsigned char c)
{
    return c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
}

void weft_json_escape_to(FILE *f, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t i = 0;
    while (i < n) {
        /* Write runs of plain characters with one call: most strings are all plain. */
        size_t run = i;
        while (run < n && plain_ascii((unsigned char)s[run]))
            run++;
        if (run > i) {
            fwrite(s + i, 1, run - i, f);
            i = run;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            /* Traced programs' names and paths may be any bytes: keep the output
             * valid JSON by writing each byte that is not valid UTF-8 as U+FFFD. */
            size_t len = utf8_len((const unsigned char *)s + i, n - i);
            if (len) {
                fwrite(s + i, 1, len, f);
                i += len;
            } else {
                fputs("\\ufffd", f);
                i++;
            }
            continue;
        }
        switch (c) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default: /* control characters, DEL and the HTML-significant < > & */
            fputs("\\u00", f);
            fputc(hex[c >> 4], f);
            fputc(hex[c & 15], f);
        }
        i++;
    }
}

void weft_json_key(struct weft_json *j, const char *key)
{
    before_item(j);
    fputc('"', j->f);
    weft_json_escape_to(j->f, key, strlen(key));
    fputs(j->pretty ? "\": " : "\":", j->f);
    j->after_key = 1;
}

void weft_json_strn(struct weft_json *j, const char *s, size_t n)
{
    before_item(j);
    fputc('"', j->f);
    weft_json_escape_to(j->f, s, n);
    fputc('"', j->f);
    check(j);
}

void weft_json_str(struct weft_json *j, const char *s)
{
    if (!s) {
        weft_json_null(j);
        return;
    }
    weft_json_strn(j, s, strlen(s));
}

void weft_json_int(struct weft_json *j, int64_t v)
{
    before_item(j);
    fprintf(j->f, "%" PRId64, v);
}

void weft_json_uint(struct weft_json *j, uint64_t v)
{
    before_item(j);
    fprintf(j->f, "%" PRIu64, v);
}

void weft_json_double(struct weft_json *j, double v)
{
    before_item(j);
    if (!isfinite(v))
        fputs("null", j->f);
    else
        fprintf(j->f, "%.10g", v);
}

void weft_json_bool(struct weft_json *j, int v)
{
    before_item(j);
    fputs(v ? "true" : "false", j->f);
}

void weft_json_null(struct weft_json *j)
{
    before_item(j);
    fputs("null", j->f);
}

void weft_json_raw(struct weft_json *j, const char *text)
{
    before_item(j);
    fputs(text, j->f);
}

int weft_json_error(const struct weft_json *j)
{
    if (j->err)
        return j->err;
    return ferror(j->f) ? -EIO : 0;
}
