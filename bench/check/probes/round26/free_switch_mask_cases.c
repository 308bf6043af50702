/* TRUTH: race-free. argc & 1 is 0 or 1, both cases join the adder and return, so
   `total = -1` after the switch is never executed; main reads total only after the join. */
#include <pthread.h>
#include <stdio.h>

static int total;

static void *adder(void *arg)
{
    (void)arg;
    total = 5;
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t t;
    (void)argv;
    pthread_create(&t, NULL, adder, NULL);
    switch (argc & 1) {
    case 0:
        pthread_join(t, NULL);
        printf("even %d\n", total);
        return 0;
    case 1:
        pthread_join(t, NULL);
        printf("odd %d\n", total);
        return 1;
    }
    total = -1;
    return 2;
}
