// A global flag set where a thread was started (started = 1 after pthread_create, on the
// paths that started it): on the paths where that thread may run, the flag holds what those
// paths left in it, so a test the flag fails there says the thread does not run (if
// (started) pthread_join(t, 0); then main's write is its own). What the flag holds follows
// the thread's own stores of literals and its tests until it could see another thread's
// store (an acquire). A flag another thread changes races, and that race is reported on the
// flag (ready below); what a test of it decided holds in the runs where it does not race.
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);

static int a, b, c, d, started_a, started_b, started_d, ready;
static pthread_t ta, tb, tc, td;

static void *wa(void *arg) { (void)arg; a = 1; return NULL; } // NORACE
static void *wb(void *arg) { (void)arg; b = 1; return NULL; } // RACE
static void *wd(void *arg) { (void)arg; d = 1; return NULL; } // RACE

static void *wc(void *arg)
{
    (void)arg;
    c = 1;
    ready = 0; // RACE
    return NULL;
}

static void start_a(void)
{
    if (__VERIFIER_nondet_int())
        return;
    pthread_create(&ta, NULL, wa, NULL);
    started_a = 1;
}

static void start_b(void)
{
    if (__VERIFIER_nondet_int())
        return;
    pthread_create(&tb, NULL, wb, NULL);
    started_b = 1;
}

static void start_d(void)
{
    started_d = 1; /* (set on every path: it says nothing of the thread) */
    if (__VERIFIER_nondet_int())
        return;
    pthread_create(&td, NULL, wd, NULL);
}

int main(void)
{
    start_a();
    if (started_a)
        pthread_join(ta, NULL);
    a = 2; // NORACE: joined wherever it was started

    start_b();
    if (!started_b)
        b = 2; // NORACE: not started on these paths
    else
        b = 3; // RACE

    start_d();
    if (started_d)
        d = 2; // RACE: the flag says nothing of td
    pthread_create(&tc, NULL, wc, NULL);
    ready = 1; // RACE
    if (!ready)
        c = 2;
    return 0;
}
