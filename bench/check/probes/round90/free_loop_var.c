/* free: each thread gets its index by value (cast into the pointer), writes only res[i];
   main reads res after joining all. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define NT 4
static long res[NT];

static void *worker(void *arg) {
    int i = (int)(intptr_t)arg;
    res[i] += 1;
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    int i;
    for (i = 0; i < NT; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
    for (int k = 0; k < NT; k++) pthread_join(t[k], NULL);
    printf("%ld\n", res[0]);
    return 0;
}
