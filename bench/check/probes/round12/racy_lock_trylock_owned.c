// racy: trylock on a default mutex the thread already owns fails (EBUSY), so one unlock releases it; x++ is unprotected.
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;
static void *worker(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    pthread_mutex_trylock(&m);
    pthread_mutex_unlock(&m);
    x++;
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
