/* TRUTH: racy - lookup() records last_key while holding only the read lock; two readers hold it at once and both write last_key */
#include <pthread.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int table[8];
static int last_key;
static int lookup(int k)
{
    pthread_rwlock_rdlock(&rw);
    int v = table[k & 7];
    last_key = k;
    pthread_rwlock_unlock(&rw);
    return v;
}
static void *reader(void *arg) { (void)arg; int s = 0; for (int i = 0; i < 100; i++) s += lookup(i); return (void *)(long)s; }
int main(void)
{
    pthread_t r1, r2;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    return last_key;
}
