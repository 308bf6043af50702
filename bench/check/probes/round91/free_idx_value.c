/* free: each thread gets its index by value (cast into the void* argument) and
   writes only data[id]; main reads after joining all. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static long data[N];

static void *fill(void *arg) {
    intptr_t id = (intptr_t)arg;
    for (int i = 0; i < 1000; i++)
        data[id] += i;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, fill, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    long s = 0;
    for (int i = 0; i < N; i++)
        s += data[i];
    printf("%ld\n", s);
    return 0;
}
