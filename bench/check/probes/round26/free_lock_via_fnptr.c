/* TRUTH: race-free. Both threads update count between ops.acquire(&m) and ops.release(&m),
   which are pthread_mutex_lock and pthread_mutex_unlock called through a const ops table. */
#include <pthread.h>
#include <stdio.h>

struct lock_ops {
    int (*acquire)(pthread_mutex_t *);
    int (*release)(pthread_mutex_t *);
};

static const struct lock_ops ops = {pthread_mutex_lock, pthread_mutex_unlock};
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long count;

static void *worker(void *arg)
{
    (void)arg;
    ops.acquire(&m);
    count++;
    ops.release(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", count);
    return 0;
}
