/* TRUTH: free — each thread gets its own element of the args[] array and writes only args[i].result; main reads them after joining all threads. */
#include <pthread.h>
#include <stdio.h>

struct arg { int lo, hi; long result; };

static void *sum_range(void *p)
{
    struct arg *a = p;
    long s = 0;
    for (int i = a->lo; i < a->hi; i++)
        s += i;
    a->result = s;
    return NULL;
}

int main(void)
{
    enum { NT = 4 };
    struct arg args[NT];
    pthread_t t[NT];
    for (int i = 0; i < NT; i++) {
        args[i].lo = i * 250;
        args[i].hi = (i + 1) * 250;
        args[i].result = 0;
        pthread_create(&t[i], NULL, sum_range, &args[i]);
    }
    long total = 0;
    for (int i = 0; i < NT; i++) {
        pthread_join(t[i], NULL);
        total += args[i].result;
    }
    printf("%ld\n", total);
    return 0;
}
