/* Racy: the classic &i mistake: each thread gets a pointer to main's loop variable i and
   dereferences it while main is already incrementing i for the next create. */
#include <pthread.h>
#include <stdio.h>

#define NT 5

static int res[NT];

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static void *worker(void *arg)
{
    int i = *(int *)arg;             /* BUG: reads main's i while main modifies it */
    if (i >= NT)
        i = NT - 1;
    res[i] = fib(10 + i);
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    int i;
    for (i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, &i);
    for (int j = 0; j < NT; j++)
        pthread_join(t[j], NULL);
    for (int j = 0; j < NT; j++)
        printf("res[%d]=%d\n", j, res[j]);
    return 0;
}
