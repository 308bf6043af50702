/* TRUTH: racy. The second increment happens after the lock was released through the ops table. */
#include <pthread.h>

struct lock_ops {
    int (*acquire)(pthread_mutex_t *);
    int (*release)(pthread_mutex_t *);
};

static const struct lock_ops ops = { .acquire = pthread_mutex_lock, .release = pthread_mutex_unlock };
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long counter, extra;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        ops.acquire(&m);
        counter++;
        ops.release(&m);
        extra += 2;
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
    return counter + extra != 600;
}
