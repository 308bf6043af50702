// The racy twin of lock_pointer_changed.c: the pointer changes while a thread runs, so two
// threads may lock different mutexes through it; the locks through it protect nothing and
// the analysis says it is incomplete.
// INCOMPLETE
#include <pthread.h>

static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t meta = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *L = &m1;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_t *l;
    pthread_mutex_lock(&meta);
    l = L;
    pthread_mutex_unlock(&meta);
    pthread_mutex_lock(l);
    x++; // RACE (possible): the first worker may hold m1, the second m2
    pthread_mutex_unlock(l);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_mutex_lock(&meta);
    L = &m2;
    pthread_mutex_unlock(&meta);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return x;
}
