/* TRUTH: racy. Chunk bounds are inclusive at both ends: thread id covers
   [id*CH, id*CH + CH], so thread id and thread id+1 both write data[(id+1)*CH]. */
#include <pthread.h>
#include <stdio.h>

#define NT 4
#define CH 8

static double data[NT * CH + 1];

static void *scale(void *arg)
{
    int id = (int)(long)arg;
    int lo = id * CH, hi = id * CH + CH;
    for (int i = lo; i <= hi; i++)
        data[i] *= 0.5;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (int i = 0; i <= NT * CH; i++)
        data[i] = i;
    for (long k = 0; k < NT; k++)
        pthread_create(&t[k], NULL, scale, (void *)k);
    for (int k = 0; k < NT; k++)
        pthread_join(t[k], NULL);
    printf("%f\n", data[CH]);
    return 0;
}
