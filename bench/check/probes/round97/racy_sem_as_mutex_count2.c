/* RACY: a semaphore used as a lock is initialised to 2, so both threads can be in
   the "critical section" updating `slots_used` at the same time. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static int slots_used;
static sem_t gate;
static void *worker(void *a) {
    (void)a;
    for (int i = 0; i < 1000; i++) {
        sem_wait(&gate);
        slots_used++;
        sem_post(&gate);
    }
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    sem_init(&gate, 0, 2);
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", slots_used);
    return 0;
}
