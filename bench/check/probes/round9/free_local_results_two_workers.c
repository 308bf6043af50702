/* TRUTH: free. The producer and consumer-side workers each write a distinct element of main's local stats array (&stats[0] vs &stats[1]); main reads after joining both. */
#include <pthread.h>
#include <stdio.h>

static void *count_even(void *arg)
{
    long *out = arg;
    for (int i = 0; i < 100; i += 2)
        *out += i;
    return NULL;
}

static void *count_odd(void *arg)
{
    long *out = arg;
    for (int i = 1; i < 100; i += 2)
        *out += i;
    return NULL;
}

int main(void)
{
    long stats[2] = { 0, 0 };
    pthread_t e, o;
    pthread_create(&e, NULL, count_even, &stats[0]);
    pthread_create(&o, NULL, count_odd, &stats[1]);
    pthread_join(e, NULL);
    pthread_join(o, NULL);
    printf("%ld %ld\n", stats[0], stats[1]);
    return 0;
}
