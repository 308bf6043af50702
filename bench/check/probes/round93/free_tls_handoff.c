// The owner's __thread value is handed to a helper through a pointer, but the
// owner waits (semaphore) until the helper is done before touching it again.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static __thread int stats;
static int *shared_stats;
static sem_t go, done;
static void *helper(void *arg) {
    (void)arg;
    sem_wait(&go);
    for (int i = 0; i < 1000; i++) (*shared_stats)++;
    sem_post(&done);
    return NULL;
}
static void *owner(void *arg) {
    (void)arg;
    stats = 1;
    shared_stats = &stats;
    sem_post(&go);
    sem_wait(&done);
    stats++;
    printf("%d\n", stats);
    return NULL;
}
int main(void) {
    sem_init(&go, 0, 0);
    sem_init(&done, 0, 0);
    pthread_t a, b;
    pthread_create(&a, NULL, owner, NULL);
    pthread_create(&b, NULL, helper, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
