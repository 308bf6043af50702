/* TRUTH: free — K is 0, switch always returns, x=1 never runs */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
enum { K = 0 };
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
