/* TRUTH: racy — with no arguments bail() longjmps back to setjmp (returning 1) before the sem_wait runs; main then reads data with no wait while the producer writes */
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
#include <stdio.h>
#include <unistd.h>
int data;
int bail_out;
jmp_buf jb;
sem_t s;
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
static void bail(void) {
    if (bail_out)
        longjmp(jb, 1);
}
int main(int argc, char **argv) {
    pthread_t t;
    (void)argv;
    bail_out = argc == 1;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    if (setjmp(jb) == 0) {
        bail();
        sem_wait(&s);
    }
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
