/* TRUTH: racy — longjmp returns to setjmp with 1, t writes x */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
#include <setjmp.h>
int x;
void *t(void *arg) {
    jmp_buf jb;
    if (setjmp(jb)) {
        x = 1;
        return NULL;
    }
    longjmp(jb, 1);
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
