/* TRUTH: free — every branch of the switch (including default) joins t[i] right after creating it, so workers run one at a time and main reads shared_total after the loop */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static long shared_total;

static void *worker(void *arg)
{
    long mult = (long)arg;
    for (int i = 0; i < 200; i++) {
        shared_total += mult;
        usleep(50);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++) {
        pthread_create(&t[i], NULL, worker, (void *)(i + 1));
        switch (i) {
        case 0:
            pthread_join(t[i], NULL);
            break;
        case 1:
            pthread_join(t[i], NULL);
            break;
        default:
            pthread_join(t[i], NULL);
            break;
        }
    }
    printf("%ld\n", shared_total);
    return 0;
}
