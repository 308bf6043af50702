// A thread that joins another thread's handle (h1, filled by main's one create of it,
// outside loops) comes after everything that thread did: its accesses after the join are
// ordered with the joined thread's. A thread that does not join it still races with it, and
// main, which joins only the joiner, is not followed through that join. (A program where a
// thread joins another keeps its races possible: who comes after whom is not all followed.)
#include <pthread.h>

static pthread_t h1;
static int r0, r1, r2, peek;

static void *first(void *arg)
{
    (void)arg;
    r0 = 1; // RACE (possible): the peeker's read (any thread's join keeps races possible)
    r1 = 5; // RACE (possible): main's read after joining second only
    return 0;
}

static void *second(void *arg)
{
    (void)arg;
    pthread_join(h1, 0);
    r2 = r1 * 2; // NORACE: after the join of first
    r1 = 0;
    return 0;
}

static void *peeker(void *arg)
{
    (void)arg;
    peek = r0; // RACE (possible): no join orders it with first's write
    return 0;
}

int main(void)
{
    pthread_t h2, h3;
    pthread_create(&h1, 0, first, 0);
    pthread_create(&h2, 0, second, 0);
    pthread_create(&h3, 0, peeker, 0);
    pthread_join(h2, 0);
    pthread_join(h3, 0);
    return r1 + r2 + peek;
}
