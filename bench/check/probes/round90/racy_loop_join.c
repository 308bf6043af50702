/* racy: main joins only the first half of the workers and then reads every res[i]; workers
   NT/2..NT-1 may still be writing their res[i]. */
#include <pthread.h>
#include <stdio.h>
#define NT 8
static long res[NT];
static int idx[NT];

static void *worker(void *arg) {
    int i = *(int *)arg;
    long s = 0;
    for (int k = 0; k <= i * 100; k++) s += k;
    res[i] = s;
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    long total = 0;
    for (int i = 0; i < NT; i++) { idx[i] = i; pthread_create(&t[i], NULL, worker, &idx[i]); }
    for (int i = 0; i < NT / 2; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < NT; i++) total += res[i];
    printf("%ld\n", total);
    for (int i = NT / 2; i < NT; i++) pthread_join(t[i], NULL);
    return 0;
}
