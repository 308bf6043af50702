// free: twin of racy_fnptr_lock_swapped, hooks left pointing at the real lock and unlock.
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;
static void acq(pthread_mutex_t *l) { pthread_mutex_lock(l); }
static void rel(pthread_mutex_t *l) { pthread_mutex_unlock(l); }
static void (*acqp)(pthread_mutex_t *) = acq;
static void (*relp)(pthread_mutex_t *) = rel;
static void *worker(void *a)
{
    (void)a;
    acqp(&m);
    x++;
    relp(&m);
    return NULL;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&q, NULL, worker, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x;
}
