// A local whose address is handed to a function of another file (which may keep it: here it
// goes to the global the thread reads), then to a function through a pointer: the callee's
// write is not to a private local; it meets the thread's read. Its twin, a local given only
// to the call, is private.
#include <pthread.h>

extern int *shared;
extern void remember(int *p); /* (elsewhere: shared = p) */
static int seen;
static void bump(int *p) { *p += 1; } // RACE (possible)
static void (*volatile fp)(int *) = bump;

static void *reader(void *a)
{
    (void)a;
    seen = *shared; // RACE (possible)
    return NULL;
}

int main(void)
{
    int x = 0, y = 0;
    pthread_t t;
    remember(&x);
    pthread_create(&t, NULL, reader, NULL);
    fp(&x);
    fp(&y);
    pthread_join(t, NULL);
    return x + y + seen;
}
