/* TRUTH: race-free. Each worker spins `for (;;) { r = pthread_mutex_trylock(&m); if (r == 0) break; }`: it leaves the loop only once trylock returned 0, i.e. holding m; `jobs_done` is updated holding m and then m is unlocked. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int jobs_done;

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        int r = pthread_mutex_trylock(&m);
        if (r == 0)
            break;
        sched_yield();
    }
    jobs_done++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", jobs_done);
    return 0;
}
