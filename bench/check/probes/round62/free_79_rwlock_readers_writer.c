/* TRUTH: free — readers read cfg under rdlock, the writer writes cfg under wrlock of the same rwlock; read/write pairs are mutually excluded */
#include <pthread.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int cfg = 1;
static void *rd(void *arg)
{
    (void)arg;
    pthread_rwlock_rdlock(&rw);
    int v = cfg;
    pthread_rwlock_unlock(&rw);
    return (void *)(long)v;
}
static void *wr(void *arg)
{
    (void)arg;
    pthread_rwlock_wrlock(&rw);
    cfg++;
    pthread_rwlock_unlock(&rw);
    return NULL;
}
int main(void)
{
    pthread_t r1, r2, w;
    pthread_create(&r1, NULL, rd, NULL);
    pthread_create(&r2, NULL, rd, NULL);
    pthread_create(&w, NULL, wr, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    pthread_join(w, NULL);
    return 0;
}
