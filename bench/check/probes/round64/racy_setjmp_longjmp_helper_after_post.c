/* TRUTH: racy — after posting, the producer calls abort_job(), which longjmps back into the setjmp branch that writes data; main reads data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
jmp_buf jb;
static void abort_job(void) { longjmp(jb, 1); }
static void *prod(void *a) {
    (void)a;
    if (setjmp(jb)) {
        data = -1;
        return 0;
    }
    data = 1;
    sem_post(&s);
    usleep(50000);
    abort_job();
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
