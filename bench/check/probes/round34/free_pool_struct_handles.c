/* TRUTH: free — pool_start creates NW workers storing handles in workers[i].tid; pool_stop joins workers[i].tid for the same i range; each worker writes only its own workers[i].done (line 11, through its argument); main reads after pool_stop (line 31). */
#include <pthread.h>
#include <stdio.h>

#define NW 3
struct worker { pthread_t tid; int idx; long done; };
static struct worker workers[NW];

static void *work(void *arg) {
    struct worker *w = arg;
    w->done = w->idx * 10L; // @A
    return NULL;
}

static void pool_start(void) {
    for (int i = 0; i < NW; i++) {
        workers[i].idx = i;
        pthread_create(&workers[i].tid, NULL, work, &workers[i]);
    }
}

static void pool_stop(void) {
    for (int i = 0; i < NW; i++)
        pthread_join(workers[i].tid, NULL);
}

int main(void) {
    pool_start();
    pool_stop();
    long s = 0;
    for (int i = 0; i < NW; i++) s += workers[i].done; // @B
    printf("%ld\n", s);
    return 0;
}
