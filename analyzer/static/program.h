/* The whole-program pass: joins per-TU facts, follows threads and lock sets, and pairs racing accesses. */
#ifndef WEFT_STATIC_PROGRAM_H
#define WEFT_STATIC_PROGRAM_H

#include "facts.h"
#include "weft_check.h"

/* Fills r's completeness and findings (allocating from arena); 0 or -ENOMEM. */
int weft__program_analyze(struct weft__facts *const *facts, size_t n, const struct weft_check_config *cfg,
                          struct weft__arena *arena, struct weft_check_result *r);

/* qsort order of findings: file, line, column, then id. */
int weft__finding_cmp(const void *x, const void *y);
/* Order of findings' places (file, line, column) alone. */
int weft__finding_place_cmp(const struct weft_check_finding *a, const struct weft_check_finding *b);
/* Whether two accesses say the same (place, kind, thread, locks): one note for both. */
int weft__access_same(const struct weft_check_access *x, const struct weft_check_access *y);
/* Notes kept so far (notes[slots[s] - 1]), by hash in slots (nslots a power of two, 0
 * empty): the slot of the one weft__access_same calls x, *dup set, or the empty slot x
 * would take. */
size_t weft__access_slot(const size_t *slots, size_t nslots, const struct weft_check_access *notes,
                         const struct weft_check_access *x, int *dup);

/* One finding per source place and per id: findings reported at one place or under one id
 * become one (the surest's pair and reason, every access once, the smallest id). 0 or -ENOMEM. */
int weft__findings_unify(struct weft__arena *arena, struct weft_check_result *r);

/* Like weft__program_analyze, but a set of TUs with several mains is several programs:
 * each TU defining main with the TUs without main it reaches (calls, thread entries,
 * functions whose address it takes), transitively. Findings are merged (weft__findings_unify).
 * outputs (NULL, or one per TU, each NULL if unknown): the object files, which tell the
 * build target of a source compiled for several. */
int weft__programs_analyze(struct weft__facts *const *facts, const char *const *outputs, size_t n,
                           const struct weft_check_config *cfg, struct weft__arena *arena,
                           struct weft_check_result *r);

#endif
