/* TRUTH: racy — after posting, the producer calls clock_gettime(&stamp), which writes the global stamp; main reads stamp after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
struct timespec stamp;
sem_t s;
static void *prod(void *a) {
    (void)a;
    stamp.tv_sec = 1;
    sem_post(&s);
    usleep(50000);
    clock_gettime(CLOCK_REALTIME, &stamp);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%ld\n", (long)stamp.tv_sec);
    pthread_join(t, 0);
    return 0;
}
