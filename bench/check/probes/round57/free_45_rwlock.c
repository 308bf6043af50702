/* TRUTH: free — readers read `cfg_value` under rdlock, the writer writes it under wrlock on the same rwlock; wrlock excludes all readers. */
#include <pthread.h>
#include <stdio.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int cfg_value;
static void *reader(void *out) {
    long s = 0;
    for (int i = 0; i < 100; i++) {
        pthread_rwlock_rdlock(&rw);
        s += cfg_value;
        pthread_rwlock_unlock(&rw);
    }
    *(long *)out = s;
    return NULL;
}
static void *writer(void *u) {
    (void)u;
    for (int i = 0; i < 100; i++) {
        pthread_rwlock_wrlock(&rw);
        cfg_value = i;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}
int main(void) {
    long s1 = 0, s2 = 0;
    pthread_t r1, r2, w;
    pthread_create(&r1, NULL, reader, &s1);
    pthread_create(&r2, NULL, reader, &s2);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    pthread_join(w, NULL);
    printf("%ld %ld\n", s1, s2);
    return 0;
}
