/* TRUTH: race-free. ids[j] = NT - 1 - j gives each thread a different id (a permutation);
   each writes only part[its id]; main reads after joining all. */
#include <pthread.h>
#include <stdio.h>

#define NT 4

static int ids[NT];
static long part[NT];

static void *sum_part(void *arg)
{
    int id = *(int *)arg;
    for (int k = 0; k < 10; k++)
        part[id] += k;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    int j;
    for (j = 0; j < NT; j++)
        ids[j] = NT - 1 - j;
    for (j = 0; j < NT; j++)
        pthread_create(&t[j], NULL, sum_part, &ids[j]);
    for (j = 0; j < NT; j++)
        pthread_join(t[j], NULL);
    printf("%ld\n", part[0]);
    return 0;
}
