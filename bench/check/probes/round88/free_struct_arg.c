/* Race-free: each thread receives &args[i], a distinct element of an array of structs,
   and writes only that element's 'result'; main reads the results after join. */
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
    struct job args[NT];
    long total = 0;
    for (int i = 0; i < NT; i++) {
        args[i].lo = i * 2500;
        args[i].hi = (i + 1) * 2500;
        args[i].result = 0;
        pthread_create(&t[i], NULL, count_primes, &args[i]);
    }
    for (int i = 0; i < NT; i++) {
        pthread_join(t[i], NULL);
        total += args[i].result;
    }
    printf("%ld\n", total);
    return 0;
}
