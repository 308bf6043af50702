/* TRUTH: free — readers only read table under rdlock; the writer writes table under wrlock; rdlock/wrlock exclude each other and order the accesses. */
#include <pthread.h>
#include <stdio.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int table[4];
static int sums[2];
static void *reader(void *arg) {
    int id = (int)(long)arg, s = 0;
    for (int k = 0; k < 100; k++) {
        pthread_rwlock_rdlock(&rw);
        for (int i = 0; i < 4; i++) s += table[i];
        pthread_rwlock_unlock(&rw);
    }
    sums[id] = s;
    return NULL;
}
static void *writer(void *arg) {
    for (int k = 0; k < 100; k++) {
        pthread_rwlock_wrlock(&rw);
        table[k & 3] = k;
        pthread_rwlock_unlock(&rw);
    }
    return arg;
}
int main(void) {
    pthread_t r0, r1, w;
    pthread_create(&r0, NULL, reader, (void *)0L);
    pthread_create(&r1, NULL, reader, (void *)1L);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(r0, NULL);
    pthread_join(r1, NULL);
    pthread_join(w, NULL);
    printf("%d %d\n", sums[0], sums[1]);
    return 0;
}
