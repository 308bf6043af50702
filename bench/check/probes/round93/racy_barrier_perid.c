// Each thread waits on its own barrier bars[id] (count 1), so the "phase"
// separation is fictitious: phase-2 reads overlap phase-1 writes -> race.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#define N 2
static pthread_barrier_t bars[N];
static int cell[N];
static int result[N];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    cell[id] = id + 5;
    pthread_barrier_wait(&bars[id]);
    result[id] = cell[1 - id];
    return NULL;
}
int main(void) {
    for (int i = 0; i < N; i++) pthread_barrier_init(&bars[i], NULL, 1);
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", result[0], result[1]);
    return 0;
}
