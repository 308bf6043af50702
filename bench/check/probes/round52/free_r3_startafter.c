/* TRUTH: free — B's x=1 -> post -> A's wait -> join A -> create C -> C's x=2 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
sem_t s;
void *B(void *arg) {
    x = 1;
    sem_post(&s);
    return NULL;
}
void *A(void *arg) {
    sem_wait(&s);
    return NULL;
}
void *C(void *arg) {
    x = 2;
    return NULL;
}
int main(void) {
    pthread_t ta, tb, tc;
    sem_init(&s, 0, 0);
    pthread_create(&tb, NULL, B, NULL);
    pthread_create(&ta, NULL, A, NULL);
    pthread_join(ta, NULL);
    pthread_create(&tc, NULL, C, NULL);
    pthread_join(tc, NULL);
    pthread_join(tb, NULL);
    return 0;
}
