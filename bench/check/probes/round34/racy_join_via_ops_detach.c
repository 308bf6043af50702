/* TRUTH: racy — the ops table's wait is wired to pthread_detach instead of pthread_join: main's write result = 0 (line 23) is not ordered with the worker's result = 7 (line 16). */
#include <pthread.h>
#include <stdio.h>

struct thread_ops {
    int (*start)(pthread_t *, void *(*)(void *), void *);
    int (*wait)(pthread_t);
};

static int posix_start(pthread_t *t, void *(*fn)(void *), void *arg) { return pthread_create(t, NULL, fn, arg); }
static int posix_wait(pthread_t t) { return pthread_detach(t); }

static const struct thread_ops ops = { posix_start, posix_wait };
static int result;

static void *worker(void *arg) { (void)arg; result = 7; return NULL; } // @A

int main(void) {
    pthread_t t;
    ops.start(&t, worker, NULL);
    ops.wait(t);
    printf("%d\n", result);
    result = 0; // @B
    return 0;
}
