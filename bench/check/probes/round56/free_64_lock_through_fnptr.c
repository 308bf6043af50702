/* TRUTH: free — the lock operations are called through function-pointer fields of `ops` (set to pthread_mutex_lock/unlock on the one mutex `mu`); every worker access to `seq` is between them. */
#include <pthread.h>
#include <stdio.h>

struct lock_ops {
    int (*acquire)(pthread_mutex_t *);
    int (*release)(pthread_mutex_t *);
};
static const struct lock_ops ops = { pthread_mutex_lock, pthread_mutex_unlock };
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static unsigned seq;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        ops.acquire(&mu);
        seq++;
        ops.release(&mu);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u\n", seq);
    return 0;
}
