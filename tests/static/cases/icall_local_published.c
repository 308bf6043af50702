// A local whose address is stored in a global before a thread starts, then handed to a
// function through a pointer: the callee's write is not to a private local; it meets the
// thread's read through the global. Its twin, a local given only to the call, is private.
#include <pthread.h>

static int *shared;
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
    shared = &x;
    pthread_create(&t, NULL, reader, NULL);
    fp(&x);
    fp(&y);
    pthread_join(t, NULL);
    return x + y + seen;
}
