/* Race-free: each thread gets its index by value (cast into the void* argument) and writes
   only res[i]; main reads res[] after joining all threads. */
#include <pthread.h>
#include <stdio.h>

#define NT 5

static int res[NT];

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static void *worker(void *arg)
{
    long i = (long)arg;
    res[i] = fib(10 + (int)i);
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < NT; i++)
        printf("res[%d]=%d\n", i, res[i]);
    return 0;
}
