/* A JSON syntax checker, so that a --races file is known valid before it is embedded in a page. */
#include "report_internal.h"

#include <errno.h>
#include <string.h>

struct cur {
    const char *s;
    size_t n, i;
    int depth;
};

static void ws(struct cur *c)
{
    while (c->i < c->n && strchr(" \t\r\n", c->s[c->i]) && c->s[c->i])
        c->i++;
}

static int value(struct cur *c);

static int string(struct cur *c)
{
    if (c->i >= c->n || c->s[c->i] != '"')
        return -1;
    for (c->i++; c->i < c->n; c->i++) {
        unsigned char ch = (unsigned char)c->s[c->i];
        if (ch == '"') {
            c->i++;
            return 0;
        }
        if (ch < 0x20)
            return -1;
        if (ch == '\\') {
            if (++c->i >= c->n)
                return -1;
            char e = c->s[c->i];
            if (e == 'u') {
                for (int k = 0; k < 4; k++)
                    if (++c->i >= c->n || !strchr("0123456789abcdefABCDEF", c->s[c->i]) || !c->s[c->i])
                        return -1;
            } else if (!strchr("\"\\/bfnrt", e) || !e) {
                return -1;
            }
        }
    }
    return -1;
}

static int digits(struct cur *c)
{
    size_t start = c->i;
    while (c->i < c->n && c->s[c->i] >= '0' && c->s[c->i] <= '9')
        c->i++;
    return c->i > start ? 0 : -1;
}

static int number(struct cur *c)
{
    if (c->s[c->i] == '-')
        c->i++;
    if (digits(c))
        return -1;
    if (c->i < c->n && c->s[c->i] == '.') {
        c->i++;
        if (digits(c))
            return -1;
    }
    if (c->i < c->n && (c->s[c->i] == 'e' || c->s[c->i] == 'E')) {
        c->i++;
        if (c->i < c->n && (c->s[c->i] == '+' || c->s[c->i] == '-'))
            c->i++;
        if (digits(c))
            return -1;
    }
    return 0;
}

static int word(struct cur *c, const char *w)
{
    size_t n = strlen(w);
    if (c->n - c->i < n || memcmp(c->s + c->i, w, n))
        return -1;
    c->i += n;
    return 0;
}

static int container(struct cur *c, char close, int is_obj)
{
    /* Deep nesting is an attack on the stack, not a findings file. */
    if (++c->depth > 256)
        return -1;
    c->i++;
    ws(c);
    if (c->i < c->n && c->s[c->i] == close) {
        c->i++;
        c->depth--;
        return 0;
    }
    for (;;) {
        ws(c);
        if (is_obj) {
            if (string(c))
                return -1;
            ws(c);
            if (c->i >= c->n || c->s[c->i] != ':')
                return -1;
            c->i++;
        }
        if (value(c))
            return -1;
        ws(c);
        if (c->i >= c->n)
            return -1;
        if (c->s[c->i] == ',') {
            c->i++;
            continue;
        }
        if (c->s[c->i] != close)
            return -1;
        c->i++;
        c->depth--;
        return 0;
    }
}

static int value(struct cur *c)
{
    ws(c);
    if (c->i >= c->n)
        return -1;
    switch (c->s[c->i]) {
    case '{': return container(c, '}', 1);
    case '[': return container(c, ']', 0);
    case '"': return string(c);
    case 't': return word(c, "true");
    case 'f': return word(c, "false");
    case 'n': return word(c, "null");
    default:
        if (c->s[c->i] == '-' || (c->s[c->i] >= '0' && c->s[c->i] <= '9'))
            return number(c);
        return -1;
    }
}

int weft__json_check(const char *text, size_t n, size_t *where)
{
    struct cur c = {text, n, 0, 0};
    int r = value(&c);
    if (!r) {
        ws(&c);
        if (c.i != n)
            r = -1;
    }
    *where = c.i;
    return r ? -EINVAL : 0;
}
