/* TRUTH: free — longjmp goes back to setjmp which then returns; x=1 after longjmp is unreachable */
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
    if (setjmp(jb))
        return NULL;
    longjmp(jb, 1);
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
