/* TRUTH: racy — main writes `g = 1` after releasing the write lock, so w's read of g (after its own rdlock/unlock) is unordered with it. */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int g;
void *w(void *p)
{
    pthread_rwlock_rdlock(&rw);
    pthread_rwlock_unlock(&rw);
    return (void *)(long)g;
}
int main(void)
{
    pthread_t t;
    pthread_rwlock_wrlock(&rw);
    pthread_create(&t, 0, w, 0);
    pthread_rwlock_unlock(&rw);
    g = 1;
    pthread_join(t, 0);
    return g;
}
