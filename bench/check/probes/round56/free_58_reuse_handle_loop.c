/* TRUTH: free — each loop iteration creates a worker into `t` and joins it before the next iteration, so all the workers and main's writes to `acc` between iterations are totally ordered by create/join. */
#include <pthread.h>
#include <stdio.h>

static long acc;

static void *step(void *arg)
{
    acc = acc * 3 + (long)arg;
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t;
    for (long i = 0; i < 3 + argc; i++) {
        pthread_create(&t, NULL, step, (void *)i);
        pthread_join(t, NULL);
        acc %= 1000003;
    }
    printf("%ld\n", acc);
    return 0;
}
