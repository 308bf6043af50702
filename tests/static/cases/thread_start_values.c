// What main stores to a global before it can start any thread, outside ifs and loops, is
// what every thread sees of it (unless a later store changes it): the initializer is
// overwritten. A branch on it in a thread is then fixed: taken on every run (a definite
// race), or never (no access). A store after a create, or a global whose address is taken
// (*p = 5 stores to it unnamed), leaves every value possible; so does a thread-local one
// (main stores to its own copy: each thread's starts from the initializer).
#include <pthread.h>

static int on, off, late, aliased;
static int hits_on, hits_off, hits_late, hits_aliased, hits_tl;
static _Thread_local int tl;

static void *worker(void *arg)
{
    (void)arg;
    if (on == 4)
        hits_on++; // RACE (definite): on is 4 for every thread, and main writes hits_on too
    if (off == 4)
        hits_off++; // NORACE: off is 5 for every thread: never runs
    if (late == 4)
        hits_late++; // RACE (possible): late is 0 or 4 when the thread tests it
    if (aliased == 4)
        hits_aliased++; // RACE (possible): aliased is 5 by then through p, which is not followed
    if (tl == 4)
        hits_tl++; // RACE (possible): the thread's own tl is 0 (never runs), which is not followed
    return 0;
}

int main(void)
{
    int *p = &aliased;
    on = 4;
    off = 4;
    off = 5;
    aliased = 4;
    *p = 5;
    tl = 4;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    late = 4;
    hits_on = hits_off = hits_late = hits_aliased = hits_tl = 1;
    pthread_join(t, 0);
    return hits_on + hits_off + hits_late + hits_aliased + hits_tl;
}
