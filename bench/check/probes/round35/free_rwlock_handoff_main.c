/* TRUTH: free — main takes the write lock before starting w and writes g inside it; w's rdlock can only succeed after main's unlock, so w's read of g after its unlock is ordered after main's write; main touches g again only after the join. */
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
    g = 1;
    pthread_rwlock_unlock(&rw);
    pthread_join(t, 0);
    return g;
}
