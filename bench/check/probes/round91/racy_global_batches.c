/* racy: main rewrites `scale` after creating the second batch but before joining
   the first batch, whose threads read scale. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

static int scale;
static int out[4];

static void *mul(void *arg) {
    intptr_t k = (intptr_t)arg;
    out[k] = (int)k * scale;
    return NULL;
}

int main(void) {
    pthread_t t[4];
    scale = 2;
    for (intptr_t i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, mul, (void *)i);
    for (intptr_t i = 2; i < 4; i++)
        pthread_create(&t[i], NULL, mul, (void *)i);
    scale = 5;
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d %d\n", out[0], out[1], out[2], out[3]);
    return 0;
}
