/* TRUTH: racy — data is the loop counter: data++ runs after each post; main reads data after one wait, racing with the increment */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    for (data = 0; data < 3; data++) {
        sem_post(&s);
        usleep(20000);
    }
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
