// Library functions with hidden static state, and callbacks run by a function without a body.
// INCOMPLETE: run_later is not analyzed; it may run on_tick in other threads too.
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

extern void run_later(void (*cb)(void));
static int ticks;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void on_tick(void)
{
    ticks++; // RACE
}

static void *worker(void *arg)
{
    char *line = arg;
    int r = rand(); // RACE: rand's seed is shared
    char *tok = strtok(line, " "); // RACE
    pthread_mutex_lock(&m);
    r += rand(); // RACE: a lock held by this thread only does not help
    pthread_mutex_unlock(&m);
    run_later(on_tick);
    return tok ? (void *)(long)r : NULL;
}

int main(void)
{
    static char a[] = "a b", b[] = "c d";
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, a);
    pthread_create(&t2, NULL, worker, b);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
