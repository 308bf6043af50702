/* TRUTH: racy — longjmp back to the setjmp point re-executes the write of data after the producer's first post; main reads data after one wait */
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
#include <stdio.h>
#include <unistd.h>
int data;
int rounds;
jmp_buf jb;
sem_t s;
static void *prod(void *a) {
    (void)a;
    setjmp(jb);
    data = rounds;
    sem_post(&s);
    usleep(30000);
    if (++rounds < 2)
        longjmp(jb, 1);
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
