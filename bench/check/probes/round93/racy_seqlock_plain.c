// Seqlock whose protected data are plain ints: the reader's speculative reads
// overlap the writer's writes (retry does not help under C11) -> data race.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_uint seq;
static int d1, d2;
static void *writer(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        atomic_fetch_add(&seq, 1);
        d1 = i; d2 = -i;
        atomic_fetch_add(&seq, 1);
    }
    return NULL;
}
static void *reader(void *arg) {
    int a, b; unsigned s0, s1;
    do {
        s0 = atomic_load(&seq);
        a = d1; b = d2;
        s1 = atomic_load(&seq);
    } while ((s0 & 1) || s0 != s1);
    *(int *)arg = a + b;
    return NULL;
}
int main(void) {
    int r;
    pthread_t w, rd;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&rd, NULL, reader, &r);
    pthread_join(w, NULL); pthread_join(rd, NULL);
    printf("%d\n", r);
    return 0;
}
