// A verifier's input bounded by an assumption (c = __VERIFIER_nondet_int();
// assume_abort_if_not(c >= 0 && c <= 3);) keeps the runs where the bounds hold and waits
// for no other thread: what follows is as sure as before it. A branch on it both of whose
// outcomes stay possible within the bounds (c < 2) is taken on some run, so a race in
// either branch is definite; one the bounds rule out (c < 2 under c <= 1, its else) is
// not followed as dead, only not sure. An assumption on shared memory (flag == 1) is a
// wait: what follows may be ordered by it.
#include <pthread.h>
#include <stdlib.h>

extern int __VERIFIER_nondet_int(void);
static void assume_abort_if_not(int cond)
{
    if (!cond)
        abort();
}

static int seen, both_ways, ruled_out, flag, after_flag;

static void *reader(void *arg)
{
    (void)arg;
    seen = both_ways + ruled_out; // RACE (definite): both_ways
    return NULL;
}

static void *chooser(void *arg)
{
    (void)arg;
    int c = __VERIFIER_nondet_int();
    assume_abort_if_not(c >= 0 && c <= 3);
    if (c < 2) {
    } else
        both_ways = c; // RACE (definite)
    int d = __VERIFIER_nondet_int();
    assume_abort_if_not(d >= 0 && d <= 1);
    if (d < 2) {
    } else
        ruled_out = d; // RACE (possible): never runs, but not proved so
    return NULL;
}

static void *waiter(void *arg)
{
    (void)arg;
    assume_abort_if_not(flag == 1);
    after_flag = 2; // RACE (possible): after the assumption on flag
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, chooser, NULL);
    pthread_create(&c, NULL, waiter, NULL);
    flag = 1; // RACE (definite): read by the waiter's assumption
    after_flag = 1;
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return seen;
}
