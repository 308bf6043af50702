/* free: main fills params[i] before creating thread i; thread i reads only params[i],
   and later iterations write other elements. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 3
static int params[N];

static void *r(void *x) {
    intptr_t i = (intptr_t)x;
    printf("%d\n", params[i]);
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (intptr_t i = 0; i < N; i++) {
        params[i] = (int)i * 10;
        pthread_create(&t[i], NULL, r, (void *)i);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return 0;
}
