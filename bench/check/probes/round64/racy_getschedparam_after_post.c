/* TRUTH: racy — after posting, the producer calls pthread_getschedparam(pthread_self(), &policy, &param), which writes the global policy; main reads policy after its wait */
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int policy = -1;
struct sched_param param;
sem_t s;
static void *prod(void *a) {
    (void)a;
    policy = 0;
    sem_post(&s);
    usleep(50000);
    pthread_getschedparam(pthread_self(), &policy, &param);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", policy);
    pthread_join(t, 0);
    return 0;
}
