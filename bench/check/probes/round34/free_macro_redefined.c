/* TRUTH: free — TRACE is redefined: setup() (run by main before any thread) uses the writing definition ((x)++), the workers use the later read-only one ((void)(x)) (line 14), so after the threads start level is only read. */
#include <pthread.h>
#include <stdio.h>

static int level;

#define TRACE(x) ((x)++)
static void setup(void) { TRACE(level); }
#undef TRACE

#define TRACE(x) ((void)(x))
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
