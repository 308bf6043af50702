/* TRUTH: racy — p is NULL, main takes the branch and writes x=2 without joining t */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int *p;
int a;
int x;
void *t(void *arg) {
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    if (!p) {
        x = 2;
        return 0;
    }
    pthread_join(th, NULL);
    x = 3;
    return 0;
}
