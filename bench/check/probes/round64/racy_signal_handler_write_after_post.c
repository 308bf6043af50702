/* TRUTH: racy — after posting, the producer raises SIGUSR1; the handler (run in the producer) writes data, racing with main's read after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void on_usr1(int sig) { (void)sig; data = 2; }
static void *prod(void *a) {
    (void)a;
    data = 1;
    sem_post(&s);
    usleep(50000);
    raise(SIGUSR1);
    return 0;
}
int main(void) {
    pthread_t t;
    signal(SIGUSR1, on_usr1);
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
