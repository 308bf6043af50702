/* TRUTH: racy — with no arguments s is initialised to 1 through a helper's pointer parameter (the sem_init(&s,0,0) path is not taken); main's wait returns at once and main reads data while the producer writes */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void open_gate(sem_t *g) { sem_init(g, 0, 1); }
static void close_gate(void) { sem_init(&s, 0, 0); }
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
int main(int argc, char **argv) {
    pthread_t t;
    (void)argv;
    if (argc > 1)
        close_gate();
    else
        open_gate(&s);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
