/* TRUTH: free — two-thread rendezvous: each side writes its own slot, posts its semaphore and waits for the other's before reading the other's slot; each semaphore has one poster who wrote first */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int left, right;
sem_t l_ready, r_ready;
static void *rside(void *a) {
    (void)a;
    right = 2;
    sem_post(&r_ready);
    sem_wait(&l_ready);
    printf("r sees %d\n", left);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&l_ready, 0, 0);
    sem_init(&r_ready, 0, 0);
    pthread_create(&t, 0, rside, 0);
    left = 1;
    sem_post(&l_ready);
    sem_wait(&r_ready);
    printf("l sees %d\n", right);
    pthread_join(t, 0);
    return 0;
}
