/* TRUTH: racy — spawner is started twice and each starts prod once: prod runs twice; main waits once and reads data while the second prod writes */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    if (a)
        usleep(50000);
    data = (int)(long)a;
    sem_post(&s);
    return 0;
}
static void *spawner(void *a) {
    pthread_t t;
    pthread_create(&t, 0, prod, a);
    pthread_join(t, 0);
    return 0;
}
int main(void) {
    pthread_t a, b;
    sem_init(&s, 0, 0);
    pthread_create(&a, 0, spawner, (void *)0);
    pthread_create(&b, 0, spawner, (void *)1);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
