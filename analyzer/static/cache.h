/* Content-addressed cache of per-TU facts, so an unchanged TU is never parsed twice. */
#ifndef WEFT_STATIC_CACHE_H
#define WEFT_STATIC_CACHE_H

#include "facts.h"
#include "weft_check.h"

#include <stdint.h>

/* Key of a TU: its flags and its source file's content (included files are checked on load). 0 or -errno. */
int weft__cache_key(const char *file, const char *const *argv, int argc, uint64_t *key);
/* The first line of a cache entry for format version (with the writing weft's build hash). */
const char *weft__cache_version(const char *version);
/* 0 with facts filled when an entry exists and every file it read is unchanged; else -ENOENT.
 * With facts NULL, only checks that the entry is valid. */
int weft__cache_load(const char *dir, uint64_t key, struct weft__facts *facts);
/* Stores facts with the size, mtime and content hash of every file they depend on; 0 or -errno. */
int weft__cache_store(const char *dir, uint64_t key, const struct weft__facts *facts);
/* The whole-program result for a set of TU keys and a configuration: stored after an
 * analysis without errors, loaded (into arena) when nothing changed. 0 or -errno. */
int weft__result_store(const char *dir, uint64_t key, const struct weft_check_result *r);
int weft__result_load(const char *dir, uint64_t key, struct weft__arena *arena, struct weft_check_result *r);

/* Creates dir and its parents; 0 or -errno. */
int weft__cache_mkdir(const char *dir);

#endif
