/* TRUTH: racy — main writes x=2 before sem_wait; t's x=1 is unordered */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
sem_t s;
static void notify(void) { sem_post(&s); }
void *t(void *arg) {
    x = 1;
    notify();
    return NULL;
}
int main(void) {
    pthread_t th;
    sem_init(&s, 0, 0);
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    sem_wait(&s);
    pthread_join(th, NULL);
    return 0;
}
