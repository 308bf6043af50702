/* TRUTH: racy — both threads increment hits while holding only the read lock, which two threads may hold at once; their writes race */
#include <pthread.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int hits;
static void *touch(void *arg)
{
    (void)arg;
    pthread_rwlock_rdlock(&rw);
    hits++;
    pthread_rwlock_unlock(&rw);
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, touch, NULL);
    pthread_create(&b, NULL, touch, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return hits;
}
