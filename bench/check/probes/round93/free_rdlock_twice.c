// Readers take the read lock twice (allowed) and release once before reading
// again: the read lock is still held, so the writer cannot run concurrently.
#include <pthread.h>
#include <stdio.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int table;
static void *reader(void *arg) {
    long s = 0;
    for (int i = 0; i < 100; i++) {
        pthread_rwlock_rdlock(&rw);
        pthread_rwlock_rdlock(&rw);
        s += table;
        pthread_rwlock_unlock(&rw);
        s += table;
        pthread_rwlock_unlock(&rw);
    }
    *(long *)arg = s;
    return NULL;
}
static void *writer(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) { pthread_rwlock_wrlock(&rw); table = i; pthread_rwlock_unlock(&rw); }
    return NULL;
}
int main(void) {
    long s;
    pthread_t r, w;
    pthread_create(&r, NULL, reader, &s);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(r, NULL); pthread_join(w, NULL);
    printf("%ld\n", s);
    return 0;
}
