// racy: the mutex is released through a function pointer to pthread_mutex_unlock, then y++ is unprotected.
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x, y;
static int (*release_fn)(pthread_mutex_t *) = pthread_mutex_unlock;
static void *worker(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    x++;
    release_fn(&m);
    y++;
    return NULL;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&q, NULL, worker, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x + y;
}
