/* free: main writes `limit` AFTER pthread_create but before its own barrier wait;
   the threads read limit only after the barrier (main takes part in it). */
#include <pthread.h>
#include <stdio.h>

#define N 2
static pthread_barrier_t start;
static int limit;

static void *run(void *arg) {
    (void)arg;
    pthread_barrier_wait(&start);
    for (int i = 0; i < limit; i++)
        printf(".");
    return NULL;
}

int main(int argc, char **argv) {
    (void)argv;
    pthread_t t[N];
    pthread_barrier_init(&start, NULL, N + 1);
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, run, NULL);
    limit = argc + 3;
    pthread_barrier_wait(&start);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&start);
    return 0;
}
