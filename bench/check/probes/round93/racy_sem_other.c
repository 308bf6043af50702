// Main waits on semaphore a, which a helper posts, but status is written by
// the worker, whose post on b nobody waits for -> race on status.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t a, b;
static int status;
static void *worker(void *arg) { (void)arg; status = 42; sem_post(&b); return NULL; }
static void *helper(void *arg) { (void)arg; sem_post(&a); return NULL; }
int main(void) {
    sem_init(&a, 0, 0);
    sem_init(&b, 0, 0);
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, helper, NULL);
    sem_wait(&a);
    printf("%d\n", status);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
