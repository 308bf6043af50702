/* TRUTH: racy — x=1 runs in iteration 0, before the sem_wait of iteration 1 */
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
    for (int i = 0; i < 2; i++) {
        if (i == 1)
            sem_wait(&s);
        else
            x = 1;
    }
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
