/* TRUTH: free — t: x=1 then post; main waits then x=2 */
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
    x = 1;
    sem_post(&s);
    return NULL;
}
int main(void) {
    pthread_t th;
    sem_init(&s, 0, 0);
    pthread_create(&th, NULL, t, NULL);
    sem_wait(&s);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
