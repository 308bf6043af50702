/* TRUTH: racy — after posting, the producer clears data with memset; main reads data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
int data[4];
sem_t s;
static void *prod(void *a) {
    (void)a;
    data[0] = 1;
    sem_post(&s);
    usleep(50000);
    memset(data, 0, sizeof data);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data[0]);
    pthread_join(t, 0);
    return 0;
}
