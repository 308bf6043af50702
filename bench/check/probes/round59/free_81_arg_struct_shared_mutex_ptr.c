/* TRUTH: free — every thread's arg struct points to the SAME mutex (&shared_m) and the same counter; the counter is only modified under *a->m; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

struct targ {
    pthread_mutex_t *m;
    long *counter;
    int reps;
};

static void *adder(void *p)
{
    struct targ *a = p;
    for (int i = 0; i < a->reps; i++) {
        pthread_mutex_lock(a->m);
        *a->counter += 1;
        pthread_mutex_unlock(a->m);
    }
    return NULL;
}

int main(void)
{
    static pthread_mutex_t shared_m = PTHREAD_MUTEX_INITIALIZER;
    long counter = 0;
    struct targ args[3];
    pthread_t t[3];
    for (int i = 0; i < 3; i++) {
        args[i].m = &shared_m;
        args[i].counter = &counter;
        args[i].reps = 10 * (i + 1);
        pthread_create(&t[i], NULL, adder, &args[i]);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", counter);
    return 0;
}
