// The error-checked lock idiom (int r = pthread_mutex_lock(p); if (r) abort();) in wrappers
// that take the object holding the mutex: the lock holds, the mutex is no data.
#include <pthread.h>
#include <stdlib.h>

typedef struct {
    pthread_mutex_t mutex;
    long value;
} lock;

lock q = {PTHREAD_MUTEX_INITIALIZER, 0};

static void possess(lock *bolt)
{
    int ret = pthread_mutex_lock(&(bolt->mutex));
    if (ret)
        abort();
}

static void release(lock *bolt)
{
    int ret = pthread_mutex_unlock(&(bolt->mutex));
    if (ret)
        abort();
}

static void *worker(void *arg)
{
    (void)arg;
    possess(&q);
    q.value++; // NORACE: under q.mutex, taken through possess
    release(&q);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return (int)q.value; // NORACE: after the joins
}
