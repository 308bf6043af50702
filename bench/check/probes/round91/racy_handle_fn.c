/* racy: main reads `progress` between start_worker(fn) and stop_worker(w), while
   fn may still be writing it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct worker { pthread_t tid; };
static int progress;

static void *crunch(void *arg) {
    (void)arg;
    for (int i = 0; i < 10; i++)
        progress = i;
    return NULL;
}

static struct worker *start_worker(void *(*fn)(void *)) {
    struct worker *w = calloc(1, sizeof *w);
    if (!w) abort();
    pthread_create(&w->tid, NULL, fn, NULL);
    return w;
}

static void stop_worker(struct worker *w) {
    pthread_join(w->tid, NULL);
    free(w);
}

int main(void) {
    struct worker *w = start_worker(crunch);
    printf("%d\n", progress);
    stop_worker(w);
    return 0;
}
