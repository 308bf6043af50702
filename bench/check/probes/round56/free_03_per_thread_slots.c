/* TRUTH: free — thread i (distinct i = 0..3 passed by value) writes only results[i]; main reads results after joining all. */
#include <pthread.h>
#include <stdio.h>

#define NT 4
static long results[NT];

static void *compute(void *arg)
{
    long id = (long)arg;
    long s = 0;
    for (long k = 0; k < 1000; k++)
        s += k % (id + 2);
    results[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, compute, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    long total = 0;
    for (int i = 0; i < NT; i++)
        total += results[i];
    printf("%ld\n", total);
    return 0;
}
