// racy: thread A holds locks[0], thread B holds locks[1], both update the same counter.
#include <pthread.h>
static pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static int counter;
static void *ta(void *a) { (void)a; pthread_mutex_lock(&locks[0]); counter++; pthread_mutex_unlock(&locks[0]); return NULL; }
static void *tb(void *a) { (void)a; pthread_mutex_lock(&locks[1]); counter++; pthread_mutex_unlock(&locks[1]); return NULL; }
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, ta, NULL);
    pthread_create(&q, NULL, tb, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return counter;
}
