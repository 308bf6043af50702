/* TRUTH: racy — goto makes x=1 run before sem_wait */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
sem_t s;
void *t(void *arg) {
    goto L2;
L1:
    sem_wait(&s);
    return NULL;
L2:
    x = 1;
    goto L1;
}
int main(void) {
    pthread_t th;
    sem_init(&s, 0, 0);
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    sem_post(&s);
    pthread_join(th, NULL);
    return 0;
}
