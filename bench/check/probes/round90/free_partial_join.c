/* free: main joins the first half, sums only res[0..NT/2-1] (those threads are finished),
   then joins the rest before summing the second half. */
#include <pthread.h>
#include <stdio.h>
#define NT 8
static long res[NT];
static int idx[NT];

static void *worker(void *arg) {
    int i = *(int *)arg;
    res[i] = (long)i * i;
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    long total = 0;
    for (int i = 0; i < NT; i++) { idx[i] = i; pthread_create(&t[i], NULL, worker, &idx[i]); }
    for (int i = 0; i < NT / 2; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < NT / 2; i++) total += res[i];
    for (int i = NT / 2; i < NT; i++) pthread_join(t[i], NULL);
    for (int i = NT / 2; i < NT; i++) total += res[i];
    printf("%ld\n", total);
    return 0;
}
