/* TRUTH: free — main retries sem_timedwait until it succeeds; only a successful wait leaves the loop, and it follows the post made after the write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <time.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    data = 42;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    struct timespec ts;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    for (;;) {
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 1000000;
        if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
        if (sem_timedwait(&s, &ts) == 0)
            break;
    }
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
