/* TRUTH: free — the semaphore is a baton (count never exceeds 1): the initialiser writes x and posts; each of two workers waits, updates x, posts; main joins all before reading */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int x;
sem_t baton;
static void *init(void *a) { (void)a; x = 1; sem_post(&baton); return 0; }
static void *worker(void *a) {
    (void)a;
    sem_wait(&baton);
    x = x * 3;
    sem_post(&baton);
    return 0;
}
int main(void) {
    pthread_t i, w1, w2;
    sem_init(&baton, 0, 0);
    pthread_create(&w1, 0, worker, 0);
    pthread_create(&w2, 0, worker, 0);
    pthread_create(&i, 0, init, 0);
    pthread_join(i, 0);
    pthread_join(w1, 0);
    pthread_join(w2, 0);
    printf("%d\n", x);
    return 0;
}
