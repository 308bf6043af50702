/* TRUTH: free — the infinite loop is left only by return, x=1 is unreachable */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
void *t(void *arg) {
    int n = 0;
    for (;;) {
        if (++n > 3) return NULL;
    }
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
