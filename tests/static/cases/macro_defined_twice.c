// A macro with two #defines in the file: the one in force is read, not the first written.
// Lines the preprocessor skipped (#if 0, the #ifdef branch not taken) and comments do not
// count; a name defined twice where both count (after an #undef), or a body with a comment
// in it, is not read at all. Here the one in force
// tests v == 0, the skipped one v != 0: read from the first, main's x++ would seem to hold m.
#include <pthread.h>

#if 0
#define HELD(a) ((a) != 0)
#endif
#define HELD(a) ((a) == 0)

#ifdef WEFT_NEVER_DEFINED
#define TAKEN(a) (a)
#else
#define TAKEN(a) (!(a))
#endif

#define SAME(a) ((a) != 0)
#undef SAME
#define SAME(a) ((a) == 0)

/* A #define in a comment is none; one after a comment on its line is one. */
/*
#define GONE(a) ((a) != 0)
*/
/**/#define GONE(a) ((a) == 0)
/* An operator in a comment in the body is not the body's: the body is not read. */
#define NOTED(a) (/* a != 0 when held */ (a) == 0)

static int x, y, z, w, u;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *locked(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    x = 1; // RACE
    y = 1; // RACE
    z = 1; // RACE
    w = 1; // RACE
    u = 1; // RACE
    pthread_mutex_unlock(&m);
    return 0;
}

int main(int argc, char **argv)
{
    pthread_t t;
    int v = argc > 1;
    (void)argv;
    pthread_create(&t, 0, locked, 0);
    if (v)
        pthread_mutex_lock(&m);
    if (HELD(v))
        x++; // RACE: v == 0 here, m not taken
    if (TAKEN(v))
        y++; // RACE: likewise
    if (SAME(v))
        z++; // RACE: redefined after an #undef: not read, either way
    if (GONE(v))
        w++; // RACE
    if (NOTED(v))
        u++; // RACE
    if (v)
        pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    return 0;
}
