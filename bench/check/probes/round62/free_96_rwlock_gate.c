/* TRUTH: free — main holds the write lock from before the create until after writing shared; the worker takes and drops the read lock before reading shared, so its read follows main's unlock */
#include <pthread.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int shared;
static void *worker(void *arg)
{
    (void)arg;
    pthread_rwlock_rdlock(&rw);
    pthread_rwlock_unlock(&rw);
    return (void *)(long)shared;
}
int main(void)
{
    pthread_t t;
    pthread_rwlock_wrlock(&rw);
    pthread_create(&t, NULL, worker, NULL);
    shared = 6;
    pthread_rwlock_unlock(&rw);
    pthread_join(t, NULL);
    return 0;
}
