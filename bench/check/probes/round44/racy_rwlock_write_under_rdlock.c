/* TRUTH: racy — readers bump a hit counter while holding only the read lock; two readers write it concurrently */
#include <pthread.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int table[32];
static int lookups;
static int lookup(int k) {
    pthread_rwlock_rdlock(&rw);
    int v = table[k & 31];
    lookups++;
    pthread_rwlock_unlock(&rw);
    return v;
}
static void *reader(void *arg) {
    int s = 0;
    for (int i = 0; i < 100; i++) s += lookup(i + (int)(long)arg);
    return (void *)(long)s;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, reader, (void *)0L);
    pthread_create(&b, NULL, reader, (void *)7L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return lookups;
}
