/* TRUTH: racy — the producer's setjmp(...) != 0 branch writes data; it runs only after the longjmp that follows the post, racing with main's read after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
jmp_buf jb;
static void *prod(void *a) {
    (void)a;
    if (setjmp(jb) != 0) {
        data = 2;
        return 0;
    }
    data = 1;
    sem_post(&s);
    usleep(50000);
    longjmp(jb, 1);
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
