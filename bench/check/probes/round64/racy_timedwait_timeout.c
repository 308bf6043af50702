/* TRUTH: racy — sem_timedwait with an already-past deadline times out; main ignores the failure and reads data while the producer writes */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    struct timespec ts;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    clock_gettime(CLOCK_REALTIME, &ts);
    sem_timedwait(&s, &ts);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
