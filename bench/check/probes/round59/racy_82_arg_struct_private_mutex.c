/* TRUTH: racy — each thread's arg struct embeds its OWN mutex, so the lock each thread takes is different, yet all of them modify the same *counter; the increments by different threads are unordered. */
#include <pthread.h>
#include <stdio.h>

struct targ {
    pthread_mutex_t m;
    long *counter;
};

static void *adder(void *p)
{
    struct targ *a = p;
    for (int i = 0; i < 50; i++) {
        pthread_mutex_lock(&a->m);
        (*a->counter)++;
        pthread_mutex_unlock(&a->m);
    }
    return NULL;
}

int main(void)
{
    long counter = 0;
    struct targ args[2];
    pthread_t t[2];
    for (int i = 0; i < 2; i++) {
        pthread_mutex_init(&args[i].m, NULL);
        args[i].counter = &counter;
        pthread_create(&t[i], NULL, adder, &args[i]);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", counter);
    return 0;
}
