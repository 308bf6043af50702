/* TRUTH: racy — if (sem_post(&s) == 0) data = 1; the write follows the post; main reads data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    if (sem_post(&s) == 0) {
        usleep(50000);
        data = 1;
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
