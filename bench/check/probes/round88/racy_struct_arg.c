/* Racy: one struct is reused for every thread (&arg instead of &args[i]): main rewrites
   arg.lo/arg.hi for the next thread while earlier threads read them, and all threads
   write arg.result. */
#include <pthread.h>
#include <stdio.h>

#define NT 4

struct job {
    int lo, hi;
    long result;
};

static void *count_primes(void *p)
{
    struct job *j = p;
    long c = 0;
    for (int n = j->lo; n < j->hi; n++) {
        int prime = n > 1;
        for (int d = 2; d * d <= n && prime; d++)
            if (n % d == 0)
                prime = 0;
        c += prime;
    }
    j->result = c;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    struct job arg;                  /* BUG: one element shared by all threads */
    long total = 0;
    for (int i = 0; i < NT; i++) {
        arg.lo = i * 2500;
        arg.hi = (i + 1) * 2500;
        arg.result = 0;
        pthread_create(&t[i], NULL, count_primes, &arg);
    }
    for (int i = 0; i < NT; i++) {
        pthread_join(t[i], NULL);
        total += arg.result;
    }
    printf("%ld\n", total);
    return 0;
}
