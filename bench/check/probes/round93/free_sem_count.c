// Two workers each fill their own slot and post once; main waits twice, so
// both posts (and both writes) happen before its reads -> race-free.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t done;
static int slot[2];
static void *worker(void *arg) { long i = (long)arg; slot[i] = (int)i + 10; sem_post(&done); return NULL; }
int main(void) {
    sem_init(&done, 0, 0);
    pthread_t t[2];
    for (long i = 0; i < 2; i++) { pthread_create(&t[i], NULL, worker, (void *)i); pthread_detach(t[i]); }
    sem_wait(&done);
    sem_wait(&done);
    printf("%d %d\n", slot[0], slot[1]);
    return 0;
}
