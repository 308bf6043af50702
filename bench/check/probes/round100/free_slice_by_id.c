/* TRUTH: free — thread id scales elements [id*CHUNK, (id+1)*CHUNK) only; slices are disjoint */
#include <pthread.h>
#include <stdio.h>

#define NT 4
#define LEN 1024
#define CHUNK (LEN / NT)

static double v[LEN];

static void *scale(void *arg)
{
    int id = (int)(long)arg;
    for (int i = id * CHUNK; i < (id + 1) * CHUNK; i++)
        v[i] *= 2.0;
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    for (int i = 0; i < LEN; i++)
        v[i] = i;
    for (int i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, scale, (void *)(long)i);
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    printf("%f %f\n", v[0], v[LEN - 1]);
    return 0;
}
