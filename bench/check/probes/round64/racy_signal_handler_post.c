/* TRUTH: racy — the producer raises SIGUSR1 whose handler posts s before the producer writes data; main's wait consumes that early post and reads data concurrently with the write */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void on_usr1(int sig) { (void)sig; sem_post(&s); }
static void *prod(void *a) {
    (void)a;
    raise(SIGUSR1);
    usleep(50000);
    data = 1;
    sem_post(&s);
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
