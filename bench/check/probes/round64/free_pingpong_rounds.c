/* TRUTH: free — strict alternation for 5 rounds: main writes x then posts ping; the worker waits ping, updates x, posts pong; main waits pong before the next write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int x;
sem_t ping, pong;
static void *worker(void *a) {
    (void)a;
    for (int i = 0; i < 5; i++) {
        sem_wait(&ping);
        x = x + 10;
        sem_post(&pong);
    }
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&ping, 0, 0);
    sem_init(&pong, 0, 0);
    pthread_create(&t, 0, worker, 0);
    for (int i = 0; i < 5; i++) {
        x = x + 1;
        sem_post(&ping);
        sem_wait(&pong);
    }
    printf("%d\n", x);
    pthread_join(t, 0);
    return 0;
}
