/* TRUTH: free — K is 0, q becomes NULL, t always returns */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
enum { K = 0 };
int x;
int one = 1;
void *t(void *arg) {
    int d;
    int *q = &d;
    switch (K) {
    case 0:
        q = NULL;
    }
    if (!q) return NULL;
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
