// Reader/writer lock: readers read the table under rdlock, the writer updates
// it under wrlock, so no write overlaps any other access.
#include <pthread.h>
#include <stdio.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int table[16];
static int version;
static void *reader(void *arg) {
    long s = 0;
    for (int k = 0; k < 100; k++) {
        pthread_rwlock_rdlock(&rw);
        for (int i = 0; i < 16; i++) s += table[i];
        s += version;
        pthread_rwlock_unlock(&rw);
    }
    *(long *)arg = s;
    return NULL;
}
static void *writer(void *arg) {
    (void)arg;
    for (int k = 0; k < 100; k++) {
        pthread_rwlock_wrlock(&rw);
        table[k % 16] = k;
        version++;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}
int main(void) {
    long s1, s2;
    pthread_t r1, r2, w;
    pthread_create(&r1, NULL, reader, &s1);
    pthread_create(&r2, NULL, reader, &s2);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(r1, NULL); pthread_join(r2, NULL); pthread_join(w, NULL);
    printf("%ld %ld\n", s1, s2);
    return 0;
}
