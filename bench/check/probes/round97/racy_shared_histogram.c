/* RACY: threads bump a shared histogram bucket hist[v % 4]++ without a lock. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int hist[4];
static void *worker(void *a) {
    unsigned seed = (unsigned)(long)a;
    for (int i = 0; i < 1000; i++) {
        int v = rand_r(&seed);
        hist[v % 4]++;
    }
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)(i + 1));
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < 4; i++) printf("%d\n", hist[i]);
    return 0;
}
