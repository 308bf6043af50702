/* TRUTH: race-free. Thread id scales data[id*CH .. id*CH + CH - 1], a chunk no other
   thread touches; main initializes before the creates and reads after the joins. */
#include <pthread.h>
#include <stdio.h>

#define NT 4
#define CH 8

static double data[NT * CH];

static void *scale(void *arg)
{
    int id = (int)(long)arg;
    int lo = id * CH;
    for (int i = lo; i < lo + CH; i++)
        data[i] *= 0.5;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (int i = 0; i < NT * CH; i++)
        data[i] = i;
    for (long k = 0; k < NT; k++)
        pthread_create(&t[k], NULL, scale, (void *)k);
    for (int k = 0; k < NT; k++)
        pthread_join(t[k], NULL);
    printf("%f\n", data[CH]);
    return 0;
}
