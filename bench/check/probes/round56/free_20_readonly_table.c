/* TRUTH: free — `primes` is only ever read (by all threads and main); each thread writes only its own hits slot. */
#include <pthread.h>
#include <stdio.h>

static int primes[] = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29 };
static int hits[3];

static void *count_div(void *arg)
{
    int id = (int)(long)arg;
    int n = 2310 * (id + 1);
    int h = 0;
    for (unsigned i = 0; i < sizeof primes / sizeof primes[0]; i++)
        if (n % primes[i] == 0)
            h++;
    hits[id] = h;
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, count_div, (void *)i);
    printf("first prime %d\n", primes[0]);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", hits[0], hits[1], hits[2]);
    return 0;
}
