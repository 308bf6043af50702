/* TRUTH: free — a failed pthread_create aborts the program, so every started[i] is 1 and the guarded join loop joins all workers before main reads counts[] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NW 3
static long counts[NW];

static void *worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 200; i++) {
        counts[id]++;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    int started[NW] = { 0 };
    for (long i = 0; i < NW; i++) {
        if (pthread_create(&t[i], NULL, worker, (void *)i) != 0) {
            perror("pthread_create");
            exit(1);
        }
        started[i] = 1;
    }
    for (int i = 0; i < NW; i++) {
        if (started[i])
            pthread_join(t[i], NULL);
    }
    long sum = 0;
    for (int i = 0; i < NW; i++)
        sum += counts[i];
    printf("%ld\n", sum);
    return 0;
}
