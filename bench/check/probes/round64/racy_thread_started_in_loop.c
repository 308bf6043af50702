/* TRUTH: racy — prod is started in a loop (twice); main waits once and reads data while the second instance writes it */
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
int main(void) {
    pthread_t t[2];
    sem_init(&s, 0, 0);
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], 0, prod, (void *)i);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
