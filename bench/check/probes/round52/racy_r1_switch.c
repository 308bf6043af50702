/* TRUTH: racy — K is 1, switch takes default, t writes x concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
enum { K = 1 };
void *t(void *arg) {
    switch (K) {
    case 0:
        return NULL;
    default:
        break;
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
