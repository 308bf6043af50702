/* TRUTH: free — arg non-NULL so t always waits for main's post after x=2 */
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
    pthread_create(&th, NULL, t, &one);
    x = 2;
    sem_post(&s);
    pthread_join(th, NULL);
    return 0;
}
