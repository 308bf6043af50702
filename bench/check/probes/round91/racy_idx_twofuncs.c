/* racy: a loop starts reader-writers `f` with ids 0..N-1 and another loop starts `g`
   with the same ids; f(i) and g(i) both write out[i]. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 3
static int out[N];

static void *f(void *arg) { intptr_t id = (intptr_t)arg; out[id] = 1; return NULL; }
static void *g(void *arg) { intptr_t id = (intptr_t)arg; out[id] = 2; return NULL; }

int main(void) {
    pthread_t tf[N], tg[N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&tf[i], NULL, f, (void *)i);
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&tg[i], NULL, g, (void *)i);
    for (int i = 0; i < N; i++) {
        pthread_join(tf[i], NULL);
        pthread_join(tg[i], NULL);
    }
    printf("%d %d %d\n", out[0], out[1], out[2]);
    return 0;
}
