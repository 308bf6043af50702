/* Racy: the scale is 0 (SCALE * i with SCALE 0), so every thread gets id 1 and writes out[1]. */
#include <pthread.h>
#include <stdio.h>
#define T 4
#define SCALE 0
int out[T + 1];
static void *work(void *arg)
{
    long id = (long)arg;
    out[id] += 1;
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)(SCALE * i + 1));
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[1]);
    return 0;
}
