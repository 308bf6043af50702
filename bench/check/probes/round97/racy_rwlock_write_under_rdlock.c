/* RACY: two threads update a statistics counter while holding only the READ lock;
   read locks are shared, so the increments race. */
#include <pthread.h>
#include <stdio.h>
static int table[16];
static long lookups;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int lookup(int k) {
    pthread_rwlock_rdlock(&rw);
    int v = table[k & 15];
    lookups++;
    pthread_rwlock_unlock(&rw);
    return v;
}
static void *reader(void *a) {
    (void)a;
    int s = 0;
    for (int i = 0; i < 1000; i++) s += lookup(i);
    return (void *)(long)s;
}
int main(void) {
    pthread_t r1, r2;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    printf("%ld\n", lookups);
    return 0;
}
