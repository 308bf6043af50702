/* TRUTH: racy — the pthread_exit is guarded by a false condition, t writes x */
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
    if (sizeof(int) == 0) pthread_exit(NULL);
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
