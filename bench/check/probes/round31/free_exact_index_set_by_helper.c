/* TRUTH: race-free. pick() stores the thread's own number (argument 0 or 3) into *out; both start from k = 1 but write bins[0] and bins[3]. */
#include <pthread.h>
#include <stdio.h>

static long bins[8];

static void pick(int *out, void *arg)
{
    *out = (int)(long)arg;
}

static void *worker(void *arg)
{
    int k = 1;
    pick(&k, arg);
    bins[k] += 10;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)3L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", bins[0], bins[3]);
    return 0;
}
