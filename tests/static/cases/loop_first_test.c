// A while or for loop's condition is tested at least once whenever the loop is reached,
// even if its body never runs: a condition that only reads (and a for whose init only
// sets) makes those reads sure, so their races are definite. The reads in the body stay
// possible (the body may not run), and so do a condition's that calls a function of the
// program (it is walked with the loop).
#include <pthread.h>

static int limit = 10, used, stop, guarded_limit;

static int more(void)
{
    return guarded_limit > 0; // RACE (possible): read by the loop's test, in a call
}

static void *counter(void *arg)
{
    (void)arg;
    for (int i = 0; i < limit; i++) // RACE (definite): the first test reads limit
        used = i; // RACE (possible): the body may not run
    return 0;
}

static void *poller(void *arg)
{
    (void)arg;
    while (!stop) // RACE (definite)
        break;
    return 0;
}

static void *caller(void *arg)
{
    (void)arg;
    while (more())
        break;
    return 0;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, 0, counter, 0);
    pthread_create(&b, 0, poller, 0);
    pthread_create(&c, 0, caller, 0);
    limit = 5;
    stop = 1;
    guarded_limit = 1;
    used = 3;
    pthread_join(a, 0);
    pthread_join(b, 0);
    pthread_join(c, 0);
    return used;
}
