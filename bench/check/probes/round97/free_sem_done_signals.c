/* FREE: each worker writes its own output slot and then sem_posts `done`; main
   sem_waits N times before reading all slots. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#define N 4
static int out[N];
static sem_t done;
static void *worker(void *a) {
    long id = (long)a;
    out[id] = (int)(id * 3);
    sem_post(&done);
    return NULL;
}
int main(void) {
    pthread_t t[N];
    sem_init(&done, 0, 0);
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) sem_wait(&done);
    int s = 0;
    for (int i = 0; i < N; i++) s += out[i];
    printf("%d\n", s);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    return 0;
}
