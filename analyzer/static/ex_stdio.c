/* Locked stdio against unlocked: a TU that calls putc_unlocked and kin gets, around each of its locked stdio calls, the stream's lock and a use of the stream's buffer. */
#include "extract_internal.h"
#include "models.h"

#include <string.h>

/*
 * putc_unlocked(c, f) uses f's buffer without f's lock ("g:libc@FILE()", one location for
 * every stream), which is a race with another thread's fputs(s, f): fputs takes f's lock
 * (as flockfile(f) does) and uses the same buffer. So in a TU that calls any *_unlocked
 * function, a locked stdio call is that lock, the buffer's use, and the unlock: two locked
 * calls on one stream exclude each other, an unlocked one does not. (In other TUs locked
 * calls are no access: stdio locks them itself, and nothing there uses a stream unlocked.)
 */

static int stdio_call(struct ex *x, CXCursor c, const char *n, void *arg)
{
    (void)c, (void)arg;
    int stream;
    return (x->unlocked_stdio = n && weft__model_unlocked_stdio(n, &stream));
}

void weft__ex_stdio_prescan(struct ex *x)
{
    weft__ex_each_body_call(x, stdio_call, NULL);
}

/* The stream argument of a locked stdio function: its index; -2 stdout, -3 stdin implied;
 * -1 none of them. */
static int locked_stream(const char *name)
{
    static const struct {
        const char *name;
        int stream;
    } fns[] = {{"fputs", 1},   {"fputc", 1},    {"putc", 1},    {"fprintf", 0},  {"vfprintf", 0}, {"fwrite", 3},
               {"fread", 3},   {"fgets", 2},    {"fgetc", 0},   {"getc", 0},     {"ungetc", 1},   {"fflush", 0},
               {"fscanf", 0},  {"vfscanf", 0},  {"fputws", 1},  {"fputwc", 1},   {"putwc", 1},    {"fgetwc", 0},
               {"getwc", 0},   {"fgetws", 2},   {"fseek", 0},   {"ftell", 0},    {"rewind", 0},   {"setvbuf", 0},
               {"printf", -2}, {"vprintf", -2}, {"puts", -2},   {"putchar", -2}, {"putwchar", -2}, {"wprintf", -2},
               {"scanf", -3},  {"vscanf", -3},  {"getchar", -3}, {"getwchar", -3}};
    for (size_t i = 0; i < sizeof(fns) / sizeof(fns[0]); i++)
        if (!strcmp(name, fns[i].name))
            return fns[i].stream;
    return -1;
}

static void implied_lock(struct ex *x, CXCursor c, const char *key, const char *text, int unlock)
{
    struct weft__op *o = weft__ex_emit(x, unlock ? WEFT__OP_UNLOCK : WEFT__OP_LOCK, c);
    if (o) {
        o->u.lock.key = key;
        o->u.lock.text = text;
        o->u.lock.shared = 0;
        o->u.lock.via = "";
        o->u.lock.tls = 0;
    }
}

int weft__ex_locked_stdio(struct ex *x, CXCursor c, const char *name, int nargs)
{
    int s = x->unlocked_stdio ? locked_stream(name) : -1;
    if (s == -1 || s >= nargs || !clang_Cursor_isNull(clang_getCursorDefinition(clang_getCursorReferenced(c))))
        return 0; /* (a function of the program's own of that name is its code) */
    /* (stdout and stdin by their global's key, as flockfile(stdout) names them) */
    const char *key = s == -2 ? "*g:c:@stdout" : s == -3 ? "*g:c:@stdin" : NULL;
    const char *text = s == -2 ? "stdout" : "stdin";
    CXCursor f = s >= 0 ? clang_Cursor_getArgument(c, (unsigned)s) : clang_getNullCursor();
    if (key)
        implied_lock(x, c, key, text, 0);
    else
        weft__ex_emit_lock_at(x, c, f, 0, 0);
    weft__ex_access_key(x, c, "g:libc@FILE()", "g:libc@FILE()", M_RW, 0);
    if (key)
        implied_lock(x, c, key, text, 1);
    else
        weft__ex_emit_lock_at(x, c, f, 1, 0);
    return 1;
}
