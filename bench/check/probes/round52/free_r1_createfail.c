/* TRUTH: free — x=2 runs only if pthread_create failed, when t does not exist */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
void *t(void *arg) {
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    if (pthread_create(&th, NULL, t, NULL) != 0) {
        x = 2;
        return 1;
    }
    pthread_join(th, NULL);
    return 0;
}
