// A while (1) loop left by a return spins until its condition holds (a wait: races beside it
// are only possible); handles kept in array elements' fields (w[i].tid) are joined element by
// element (a loop from 1 leaves w[0]'s thread running); a function pointer chosen by ?: may
// be either function.
#include <pthread.h>

struct worker {
    pthread_t tid;
    int n;
    void (*fn)(struct worker *);
};

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int busy, data, odd_runs, even_runs;
struct worker w[2];

static void acquire(void)
{
    while (1) {
        pthread_mutex_lock(&m);
        if (!busy) {
            busy = 1;
            pthread_mutex_unlock(&m);
            return;
        }
        pthread_mutex_unlock(&m);
    }
}

static void on_odd(struct worker *me)
{
    (void)me;
    odd_runs++; // RACE (possible): either worker may run it (fn is one or the other)
}

static void on_even(struct worker *me)
{
    (void)me;
    even_runs++; // RACE (possible): w[0]'s, never joined, main reads it
}

static void *run(void *arg)
{
    struct worker *me = arg;
    acquire();
    data++; // RACE (possible): a busy flag set under m, which the analysis does not follow
    me->n++; // RACE (possible): main reads w[0].n without joining w[0]
    me->fn(me);
    return NULL;
}

int main(void)
{
    for (int i = 0; i < 2; i++) {
        w[i].fn = (i % 2) ? on_odd : on_even;
        pthread_create(&w[i].tid, NULL, run, &w[i]);
    }
    for (int i = 1; i < 2; i++)
        pthread_join(w[i].tid, NULL);
    return w[0].n + odd_runs + even_runs; // RACE (possible)
}
