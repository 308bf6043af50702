/* TRUTH: racy — after posting, the producer writes data through a global pointer to it; main reads data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
int *dp = &data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    data = 1;
    sem_post(&s);
    usleep(50000);
    *dp = 2;
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
