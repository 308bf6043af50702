/* TRUTH: racy — sem_wait is interrupted by SIGUSR1 (handler installed without SA_RESTART; sem_wait is never restarted) and returns -1/EINTR; main ignores the result and reads data while the producer writes it */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
int data;
sem_t s;
pthread_t waiter;
static void on_usr1(int sig) { (void)sig; }
static void *prod(void *a) {
    (void)a;
    usleep(100000);
    pthread_kill(waiter, SIGUSR1);
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, 0);
    sem_init(&s, 0, 0);
    waiter = pthread_self();
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
