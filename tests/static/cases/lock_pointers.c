// A mutex reached through a local pointer that may hold different mutexes (m = c ? &a : &b,
// m = &locks[id]) or returned by a call (lock(lock_for(id))) is per thread: it protects
// nothing shared between threads that may pick different ones. One given a single mutex
// (m = &one) is that mutex.
#include <pthread.h>

pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER, b = PTHREAD_MUTEX_INITIALIZER, one = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
int chosen, indexed, returned, single;

static pthread_mutex_t *lock_for(long id)
{
    return id ? &a : &b;
}

static void *worker(void *arg)
{
    long id = (long)arg;
    pthread_mutex_t *m = id ? &a : &b;
    pthread_mutex_lock(m);
    chosen++; // RACE (possible): thread 0 holds b, thread 1 a
    pthread_mutex_unlock(m);
    pthread_mutex_t *e = &locks[id];
    pthread_mutex_lock(e);
    indexed++; // RACE (possible): locks[0] and locks[1]
    pthread_mutex_unlock(e);
    pthread_mutex_lock(lock_for(id));
    returned++; // RACE (possible)
    pthread_mutex_unlock(lock_for(id));
    pthread_mutex_t *s = &one;
    pthread_mutex_lock(s);
    single++; // NORACE: both hold one
    pthread_mutex_unlock(s);
    return NULL;
}

int main(void)
{
    pthread_t t0, t1;
    pthread_create(&t0, NULL, worker, (void *)0);
    pthread_create(&t1, NULL, worker, (void *)1);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    return 0;
}
