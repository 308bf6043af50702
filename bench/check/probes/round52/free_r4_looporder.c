/* TRUTH: free — sem_wait runs in iteration 0, x=1 in iteration 1 after main's x=2 and post */
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
        if (i == 0)
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
