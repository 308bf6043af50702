/* TRUTH: racy — TRACE is first read-only, then redefined as ((x)++) before the worker: both workers write level (line 14) with no lock. */
#include <pthread.h>
#include <stdio.h>

static int level;

#define TRACE(x) ((void)(x))
static void setup(void) { TRACE(level); }
#undef TRACE

#define TRACE(x) ((x)++)
static void *worker(void *arg) {
    (void)arg;
    TRACE(level); // @A
    return NULL;
}

int main(void) {
    setup();
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", level);
    return 0;
}
