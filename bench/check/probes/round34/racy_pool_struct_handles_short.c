/* TRUTH: racy — pool_stop's loop stops at NW - 1 (line 23): the last worker is never joined and main's read of workers[2].done (line 31) races with its write (line 11). */
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
    for (int i = 0; i < NW - 1; i++) // @C
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
