/* Reads compile_commands.json through libclang and turns each command into flags libclang can parse with. */
#include "weft_check.h"

#include "clang_api.h"
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void weft_check_tus_free(struct weft_check_tu *tus, size_t n)
{
    for (size_t i = 0; tus && i < n; i++) {
        free((void *)tus[i].file);
        free((void *)tus[i].directory);
        free((void *)tus[i].output);
        for (int k = 0; k < tus[i].argc; k++)
            free((void *)tus[i].argv[k]);
        free((void *)tus[i].argv);
    }
    free(tus);
}

/* Path p (relative ones from dir) with "//", "/./" and "dir/.." taken out, into out. */
static void lexical_path(const char *p, const char *dir, char *out, size_t n)
{
    char buf[8192];
    snprintf(buf, sizeof(buf), "%s%s%s", p[0] == '/' ? "" : dir, p[0] == '/' ? "" : "/", p);
    size_t o = 0;
    out[0] = '\0';
    for (const char *s = buf; *s;) {
        while (*s == '/')
            s++;
        size_t len = strcspn(s, "/");
        if (!len)
            break;
        if (len == 1 && s[0] == '.') {
        } else if (len == 2 && s[0] == '.' && s[1] == '.') {
            while (o > 0 && out[o - 1] != '/')
                o--;
            if (o > 0)
                o--; /* (the slash before the component taken back) */
        } else if (o + len + 2 < n) {
            out[o++] = '/';
            memcpy(out + o, s, len);
            o += len;
        }
        out[o] = '\0';
        s += len;
    }
    if (!o && n > 1)
        out[o++] = '/', out[o] = '\0';
}

/* Whether a command's argument names the entry's file: the same path once "//", "." and
 * ".." are taken out (make's "lib//common/pool.c" is "lib/common/pool.c"). */
static int same_file(const char *arg, const char *file, const char *dir)
{
    if (!strcmp(arg, file))
        return 1;
    char a[8192], f[8192];
    lexical_path(arg, dir, a, sizeof(a));
    lexical_path(file, dir, f, sizeof(f));
    return !strcmp(a, f);
}

/* Flags that do not change what the compiler sees but name outputs or stages. */
static int drop(const char *a, int *skip_next)
{
    static const char *const with_arg[] = {"-o", "-MF", "-MT", "-MQ", "-Xclang-output", NULL};
    static const char *const alone[] = {"-c", "-MD", "-MMD", "-M", "-MM", "-MP", "-pipe", "-S", "-E", NULL};
    for (int i = 0; with_arg[i]; i++)
        if (!strcmp(a, with_arg[i])) {
            *skip_next = 1;
            return 1;
        }
    for (int i = 0; alone[i]; i++)
        if (!strcmp(a, alone[i]))
            return 1;
    return !strncmp(a, "-o", 2) && a[2];
}

/* A C source libclang should parse as a TU: .c, or .i (preprocessed C). */
static int is_c_source(const char *file)
{
    const char *dot = strrchr(file, '.');
    return dot && (!strcmp(dot, ".c") || !strcmp(dot, ".i"));
}

static int same_command(const struct weft_check_tu *a, const struct weft_check_tu *b)
{
    if (strcmp(a->file, b->file) || a->argc != b->argc)
        return 0;
    for (int k = 0; k < a->argc; k++)
        if (strcmp(a->argv[k], b->argv[k]))
            return 0;
    return 1;
}

/* Keeps the C entries of tus[0..n), each command once; counts the others in skips. Returns how many are kept. */
static size_t keep_c_once(struct weft_check_tu *tus, size_t n, struct weft_check_compdb_skips *skips)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int dup = 0, c = is_c_source(tus[i].file);
        for (size_t j = 0; c && j < k && !dup; j++)
            dup = same_command(&tus[j], &tus[i]);
        if (c && !dup) {
            tus[k++] = tus[i];
            continue;
        }
        if (!c && !skips->not_c++)
            snprintf(skips->first_not_c, sizeof(skips->first_not_c), "%s", tus[i].file);
        skips->duplicates += dup;
        free((void *)tus[i].file);
        free((void *)tus[i].directory);
        free((void *)tus[i].output);
        for (int a = 0; a < tus[i].argc; a++)
            free((void *)tus[i].argv[a]);
        free((void *)tus[i].argv);
    }
    return k;
}

int weft_check_load_compdb(const char *path, struct weft_check_tu **out, struct weft_check_compdb_skips *skips,
                           char *err, size_t errlen)
{
    struct weft_check_compdb_skips none;
    if (!skips)
        skips = &none;
    memset(skips, 0, sizeof(*skips));
    char dir[4096];
    struct stat st;
    *out = NULL;
    if (weft__clang_load(err, errlen))
        return -ENOENT;
    if (stat(path, &st)) {
        snprintf(err, errlen, "no such file or directory");
        return -ENOENT;
    }
    snprintf(dir, sizeof(dir), "%s", path);
    if (!S_ISDIR(st.st_mode)) {
        char tmp[4096];
        snprintf(tmp, sizeof(tmp), "%s", path);
        snprintf(dir, sizeof(dir), "%s", dirname(tmp));
    }
    char file[4200];
    snprintf(file, sizeof(file), "%s/compile_commands.json", dir);
    if (stat(file, &st)) {
        snprintf(err, errlen, "no compile_commands.json there (configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON or use bear)");
        return -ENOENT;
    }
    CXCompilationDatabase_Error e;
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(dir, &e);
    if (e != CXCompilationDatabase_NoError || !db) {
        snprintf(err, errlen, "compile_commands.json could not be read");
        return -EINVAL;
    }
    CXCompileCommands cmds = clang_CompilationDatabase_getAllCompileCommands(db);
    unsigned n = cmds ? clang_CompileCommands_getSize(cmds) : 0;
    struct weft_check_tu *tus = calloc(n + 1, sizeof(*tus));
    int rc = tus ? (int)n : -ENOMEM;
    for (unsigned i = 0; tus && i < n; i++) {
        CXCompileCommand c = clang_CompileCommands_getCommand(cmds, i);
        CXString d = clang_CompileCommand_getDirectory(c), f = clang_CompileCommand_getFilename(c);
        const char *ds = clang_getCString(d), *fs = clang_getCString(f);
        char abs[8192];
        if (fs && fs[0] != '/' && ds)
            snprintf(abs, sizeof(abs), "%s/%s", ds, fs);
        else
            snprintf(abs, sizeof(abs), "%s", fs ? fs : "");
        tus[i].file = strdup(abs);
        tus[i].directory = strdup(ds ? ds : ".");
        unsigned na = clang_CompileCommand_getNumArgs(c);
        const char **argv = calloc(na + 1, sizeof(*argv));
        char argv_prev[8] = "";
        int argc = 0, skip = 0;
        /* argv[0] is the compiler; the source file and output flags are ours to give. */
        for (unsigned k = 1; argv && k < na; k++) {
            CXString a = clang_CompileCommand_getArg(c, k);
            const char *as = clang_getCString(a);
            /* The object file (-o X, -oX): which target a TU was built for (programs.c). */
            const char *o = !as ? NULL : skip && !strcmp(argv_prev, "-o") ? as : !strncmp(as, "-o", 2) && as[2] ? as + 2 : NULL;
            if (o && !tus[i].output) {
                char ob[8192];
                snprintf(ob, sizeof(ob), "%s%s%s", o[0] == '/' ? "" : tus[i].directory, o[0] == '/' ? "" : "/", o);
                tus[i].output = strdup(ob);
            }
            snprintf(argv_prev, sizeof(argv_prev), "%s", as ? as : "");
            if (skip)
                skip = 0;
            else if (as && !drop(as, &skip) && !same_file(as, abs, tus[i].directory) && !(fs && !strcmp(as, fs)))
                argv[argc++] = strdup(as);
            clang_disposeString(a);
        }
        tus[i].argv = argv;
        tus[i].argc = argc;
        clang_disposeString(d);
        clang_disposeString(f);
        if (!tus[i].file || !tus[i].directory || !argv) {
            rc = -ENOMEM;
            break;
        }
    }
    if (cmds)
        clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    if (rc < 0) {
        weft_check_tus_free(tus, n);
        snprintf(err, errlen, "out of memory");
        return rc;
    }
    *out = tus;
    return (int)keep_c_once(tus, (size_t)rc, skips);
}
