/* TRUTH: racy — arg is NULL so t never waits; x=1 races with main's x=2 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
int one = 1;
sem_t s;
void *t(void *arg) {
    if (arg)
        sem_wait(&s);
    x = 1;
    return NULL;
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
