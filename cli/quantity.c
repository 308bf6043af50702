/* Reads durations and sizes with their units (weft run --last, --duration, --max-size). */
#include "quantity.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct unit {
    const char *name;
    double scale;
    enum weft_cli_qty kind;
    int any_case;
};

static const struct unit units[] = {
    {"ms", 1e6, WEFT_QTY_DURATION, 0},  {"s", 1e9, WEFT_QTY_DURATION, 0},
    {"m", 60e9, WEFT_QTY_DURATION, 0},  {"h", 3600e9, WEFT_QTY_DURATION, 0},
    {"B", 1, WEFT_QTY_SIZE, 0},         {"KB", 1e3, WEFT_QTY_SIZE, 1},
    {"MB", 1e6, WEFT_QTY_SIZE, 1},      {"GB", 1e9, WEFT_QTY_SIZE, 1},
    {"TB", 1e12, WEFT_QTY_SIZE, 1},     {"KiB", 1024.0, WEFT_QTY_SIZE, 1},
    {"MiB", 1048576.0, WEFT_QTY_SIZE, 1}, {"GiB", 1073741824.0, WEFT_QTY_SIZE, 1},
    {"TiB", 1099511627776.0, WEFT_QTY_SIZE, 1},
};

enum weft_cli_qty weft_cli_quantity(const char *s, uint64_t *v, const char **why)
{
    const char *dummy;
    if (!why)
        why = &dummy;
    *v = 0;
    char *end;
    if (!s || (!(*s >= '0' && *s <= '9') && *s != '.')) {
        *why = "not a number";
        return WEFT_QTY_BAD;
    }
    double x = strtod(s, &end);
    if (end == s || !isfinite(x) || x <= 0) {
        *why = "not a positive number";
        return WEFT_QTY_BAD;
    }
    if (!*end) {
        *why = "no unit";
        return WEFT_QTY_BAD;
    }
    for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
        const struct unit *u = &units[i];
        if (u->any_case ? strcasecmp(end, u->name) : strcmp(end, u->name))
            continue;
        double r = x * u->scale;
        if (r >= 1.8e19) {
            *why = "too large";
            return WEFT_QTY_BAD;
        }
        if (r < 1) {
            *why = "too small";
            return WEFT_QTY_BAD;
        }
        *v = (uint64_t)(r + 0.5);
        return u->kind;
    }
    if (strchr("kKMgGtT", *end) && (!end[1] || end[1] == 'b'))
        *why = "ambiguous unit (KB or KiB? MB or MiB? m is minutes)";
    else
        *why = "unknown unit";
    return WEFT_QTY_BAD;
}
