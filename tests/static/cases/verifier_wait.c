// An assumption is a wait: only the runs where its condition holds go on, so the thread may
// wait there for another to set a flag. Outside an atomic section assume(m == 0); m = 1 is no
// lock (both threads may pass before either stores): the races stay, as possible ones.
#include <pthread.h>

extern void __VERIFIER_assume(int);

int ready, data, m, shared;

void __VERIFIER_atomic_publish(void)
{
    ready = 1;
}

int __VERIFIER_atomic_seen(void)
{
    return ready;
}

static void *consumer(void *arg)
{
    (void)arg;
    int r = __VERIFIER_atomic_seen();
    __VERIFIER_assume(r == 1);
    data++; // RACE (possible): written by main before the flag it waits for
    return NULL;
}

static void *racer(void *arg)
{
    (void)arg;
    __VERIFIER_assume(m == 0); // RACE (possible): plain accesses of m
    m = 1;
    shared++; // RACE (possible): both racers may pass the assumption at once
    m = 0;
    return NULL;
}

int main(void)
{
    pthread_t c, r1, r2;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&r1, NULL, racer, NULL);
    pthread_create(&r2, NULL, racer, NULL);
    data = 42;
    __VERIFIER_atomic_publish();
    return 0;
}
