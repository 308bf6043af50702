// A mutex locked again while held: counted only where the program makes recursive mutexes
// (and no error-checking ones). An error-checking mutex's second lock fails, so the one
// unlock frees it and x++ is unprotected.
#include <pthread.h>

static pthread_mutex_t m;
static int x;

static void *w(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    x++; // RACE (possible): the second lock failed with EDEADLK
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&m, &at);
    pthread_t p, q;
    pthread_create(&p, NULL, w, NULL);
    pthread_create(&q, NULL, w, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x;
}
