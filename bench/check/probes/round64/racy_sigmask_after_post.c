/* TRUTH: racy — after posting, the producer calls pthread_sigmask(SIG_BLOCK, 0, &saved), which writes the global saved; main reads saved after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
sigset_t saved;
sem_t s;
static void *prod(void *a) {
    (void)a;
    memset(&saved, 0, sizeof saved);
    sem_post(&s);
    usleep(50000);
    pthread_sigmask(SIG_BLOCK, 0, &saved);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%lu\n", ((unsigned long *)&saved)[0]);
    pthread_join(t, 0);
    return 0;
}
