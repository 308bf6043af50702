/* TRUTH: racy — a single malloc'd int is reused for all threads: main's `*p = i` in later iterations races with earlier threads' read of *p (and two threads may then write the same out[id]). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
static long out[N];
static void *w(void *arg) {
    int id = *(int *)arg;
    out[id] = 10L * id;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    int *p = malloc(sizeof *p);
    if (!p) return 1;
    for (int i = 0; i < N; i++) {
        *p = i;
        pthread_create(&t[i], NULL, w, p);
    }
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    free(p);
    printf("%ld\n", out[1] + out[2]);
    return 0;
}
