/* TRUTH: free — the producer writes data and then raises SIGUSR1; the handler (run synchronously in the producer) is the only poster; main reads data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
int data;
sem_t s;
static void on_usr1(int sig) { (void)sig; sem_post(&s); }
static void *prod(void *a) {
    (void)a;
    data = 42;
    raise(SIGUSR1);
    return 0;
}
int main(void) {
    pthread_t t;
    signal(SIGUSR1, on_usr1);
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
