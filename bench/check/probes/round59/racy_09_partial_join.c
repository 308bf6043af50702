/* TRUTH: racy — main joins only threads 0 and 1 (loop bound HALF) then reads out[2] and out[3], which threads 2 and 3 may still be writing. */
#include <pthread.h>
#include <stdio.h>

#define NW 4
#define HALF 2
static double out[NW];

static void *fill(void *arg)
{
    long k = (long)arg;
    out[k] = k * 1.5;
    return NULL;
}

int main(void)
{
    pthread_t w[NW];
    for (long k = 0; k < NW; k++)
        pthread_create(&w[k], NULL, fill, (void *)k);
    for (int k = 0; k < HALF; k++)
        pthread_join(w[k], NULL);
    double s = 0;
    for (int k = 0; k < NW; k++)
        s += out[k];
    printf("%f\n", s);
    for (int k = HALF; k < NW; k++)
        pthread_join(w[k], NULL);
    return 0;
}
