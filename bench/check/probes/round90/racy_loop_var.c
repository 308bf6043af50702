/* racy: every thread gets &i, the loop counter of main, and reads it while main keeps
   incrementing i in the create loop (classic pthread_create(&i) bug). */
#include <pthread.h>
#include <stdio.h>
#define NT 4
static long res[NT];

static void *worker(void *arg) {
    int i = *(int *)arg;
    res[i % NT] += 1;
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    int i;
    for (i = 0; i < NT; i++) pthread_create(&t[i], NULL, worker, &i);
    for (int k = 0; k < NT; k++) pthread_join(t[k], NULL);
    printf("%ld\n", res[0]);
    return 0;
}
