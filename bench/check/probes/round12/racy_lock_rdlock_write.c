// racy: writers hold the rwlock only for reading: two can be inside at once.
#include <pthread.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int x;
static void *worker(void *a)
{
    (void)a;
    pthread_rwlock_rdlock(&rw);
    x++;
    pthread_rwlock_unlock(&rw);
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
