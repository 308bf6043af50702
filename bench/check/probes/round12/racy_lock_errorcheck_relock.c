// racy: an error-checking mutex locked twice by its owner: the second lock fails (EDEADLK), so the single unlock releases it and x++ runs unprotected.
#include <pthread.h>
static pthread_mutex_t m;
static int x;
static void *worker(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    x++;
    return NULL;
}
int main(void)
{
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&m, &at);
    pthread_t p, q;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&q, NULL, worker, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x;
}
