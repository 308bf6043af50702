/* TRUTH: racy — prod starts a second instance of itself; both write data then post; main's single wait consumes the first post and main reads data while the second instance writes */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    pthread_t child;
    if (!a)
        pthread_create(&child, 0, prod, (void *)1);
    else
        usleep(50000);
    data = (int)(long)a;
    sem_post(&s);
    if (!a)
        pthread_join(child, 0);
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
