/* TRUTH: racy — the post sits in the while condition and the body writes data, so every write follows a post; main reads data after one wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
int rounds;
sem_t s;
static void *prod(void *a) {
    (void)a;
    while (sem_post(&s) == 0 && ++rounds < 3) {
        usleep(20000);
        data = rounds;
    }
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
