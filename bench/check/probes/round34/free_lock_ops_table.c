/* TRUTH: free — ctr.ops points at default_ops whose acquire/release call pthread_mutex_lock/unlock on &ctr.mu; both workers' ctr.count++ (line 20) hold ctr.mu. */
#include <pthread.h>
#include <stdio.h>

struct lock_ops { void (*acquire)(void *); void (*release)(void *); };

static void mtx_acquire(void *l) { pthread_mutex_lock((pthread_mutex_t *)l); }
static void mtx_release(void *l) { pthread_mutex_unlock((pthread_mutex_t *)l); }
static const struct lock_ops default_ops = { mtx_acquire, mtx_release };

static struct {
    const struct lock_ops *ops;
    pthread_mutex_t mu;
    long count;
} ctr = { &default_ops, PTHREAD_MUTEX_INITIALIZER, 0 };

static void *worker(void *arg) {
    (void)arg;
    ctr.ops->acquire(&ctr.mu);
    ctr.count++; // @A
    ctr.ops->release(&ctr.mu);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", ctr.count);
    return 0;
}
