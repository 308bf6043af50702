/* TRUTH: free — the ops table's wait is posix_wait, which calls pthread_join on the handle: the worker's write of result (line 16) happens before main's read and write after ops.wait (line 23). */
#include <pthread.h>
#include <stdio.h>

struct thread_ops {
    int (*start)(pthread_t *, void *(*)(void *), void *);
    int (*wait)(pthread_t);
};

static int posix_start(pthread_t *t, void *(*fn)(void *), void *arg) { return pthread_create(t, NULL, fn, arg); }
static int posix_wait(pthread_t t) { return pthread_join(t, NULL); }

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
