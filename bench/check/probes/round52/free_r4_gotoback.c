/* TRUTH: free — goto makes sem_wait run before x=1 */
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
    x = 1;
    return NULL;
L2:
    sem_wait(&s);
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
