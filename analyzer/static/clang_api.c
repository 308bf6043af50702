/* Loads libclang with dlopen at the first weft check, so weft run and the other commands never map LLVM. */
#define WEFT__CLANG_API_IMPL
#include "clang_api.h"

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

struct weft__clang_api weft__clang;

static const struct {
    const char *name;
    size_t off;
} syms[] = {
#define WEFT__CLANG_SYM(n) {#n, offsetof(struct weft__clang_api, n)},
    WEFT__CLANG_FUNCS(WEFT__CLANG_SYM)
#undef WEFT__CLANG_SYM
};

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int load_rc;
static char load_err[512];

/* $WEFT_LIBCLANG alone when set (a libclang installed elsewhere); else the runtime
 * package's soname (libclang1-14), then the library CMake found at build time. */
static void load(void)
{
    const char *env = getenv("WEFT_LIBCLANG");
    static const char *const names[] = {"libclang-14.so.1",
#ifdef WEFT_LIBCLANG_PATH
                                        WEFT_LIBCLANG_PATH,
#endif
                                        "libclang.so.1", "libclang.so"};
    void *h = NULL;
    const char *why = "not found";
    size_t n = env && *env ? 1 : sizeof(names) / sizeof(names[0]);
    for (size_t i = 0; i < n && !h; i++) {
        h = dlopen(n == 1 ? env : names[i], RTLD_NOW | RTLD_LOCAL);
        if (!h && i == 0) {
            const char *e = dlerror();
            snprintf(load_err, sizeof(load_err), "%s", e ? e : why);
        }
    }
    if (!h) {
        load_rc = -ENOENT;
        return;
    }
    for (size_t i = 0; i < sizeof(syms) / sizeof(syms[0]); i++) {
        void *f = dlsym(h, syms[i].name);
        if (!f) {
            snprintf(load_err, sizeof(load_err), "%s: no symbol %s", n == 1 ? env : names[0], syms[i].name);
            load_rc = -ENOENT;
            return; /* the handle stays open: nothing was called through it */
        }
        /* POSIX guarantees function pointers survive the round trip through void *. */
        *(void **)((char *)&weft__clang + syms[i].off) = f;
    }
}

int weft__clang_load(char *err, size_t errlen)
{
    pthread_once(&once, load);
    if (load_rc && err && errlen)
        snprintf(err, errlen, "%s", load_err);
    return load_rc;
}
