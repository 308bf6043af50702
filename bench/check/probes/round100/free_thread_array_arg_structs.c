/* TRUTH: free — each thread gets its own args[i] struct and writes only its own out field */
#include <pthread.h>
#include <stdio.h>

#define N 6

struct job {
    int first, last;
    long out;
};

static void *sum_range(void *p)
{
    struct job *j = p;
    long s = 0;
    for (int k = j->first; k <= j->last; k++)
        s += k;
    j->out = s;
    return NULL;
}

int main(void)
{
    pthread_t th[N];
    struct job args[N];
    long grand = 0;

    for (int i = 0; i < N; i++) {
        args[i].first = i * 100;
        args[i].last = i * 100 + 99;
        args[i].out = 0;
        if (pthread_create(&th[i], NULL, sum_range, &args[i]) != 0)
            return 1;
    }
    for (int i = 0; i < N; i++) {
        pthread_join(th[i], NULL);
        grand += args[i].out;
    }
    printf("%ld\n", grand);
    return 0;
}
