/* TRUTH: free — p=&a, the branch is never taken; x=3 is after the join */
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
    p = &a;
    pthread_create(&th, NULL, t, NULL);
    if (!p) {
        x = 2;
        return 0;
    }
    pthread_join(th, NULL);
    x = 3;
    return 0;
}
