/* Race-free: threads are created in a loop over NT and joined in a loop over
   sizeof t / sizeof t[0] (the same count); main reads every res[i] after all joins. */
#include <pthread.h>
#include <stdio.h>

#define NT 4

static long res[NT];

static void *square_sum(void *arg)
{
    long id = (long)arg, s = 0;
    for (long k = 0; k < 1000; k++)
        s += (k * id) % 97;
    res[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    long total = 0;
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, square_sum, (void *)i);
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < NT; i++)
        total += res[i];
    printf("%ld\n", total);
    return 0;
}
