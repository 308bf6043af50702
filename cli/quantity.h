/* Durations (90s, 2m, 500ms, 1h) and sizes (200MB, 1GiB) as weft run's bounds take them. */
#ifndef WEFT_CLI_QUANTITY_H
#define WEFT_CLI_QUANTITY_H

#include <stdint.h>

/* What weft_cli_quantity read. */
enum weft_cli_qty { WEFT_QTY_BAD = 0, WEFT_QTY_DURATION, WEFT_QTY_SIZE };

/*
 * Reads a positive decimal number followed by its unit: ms, s, m (minutes), h for a duration
 * (*v in nanoseconds), B, KB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of
 * 1024; any case) for a size (*v in bytes).  A bare number, a bare K, M, G or T (bytes or
 * bits? 1000 or 1024?) and any other unit are refused.  Returns what it read, or
 * WEFT_QTY_BAD with *why (if not NULL) a short reason.
 */
enum weft_cli_qty weft_cli_quantity(const char *s, uint64_t *v, const char **why);

#endif
