/* TRUTH: racy — a constructor (run before main) initialises s to 0 and posts it once; main's wait returns on that post and main reads data while the producer writes it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
__attribute__((constructor)) static void early(void) {
    sem_init(&s, 0, 0);
    sem_post(&s);
}
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
