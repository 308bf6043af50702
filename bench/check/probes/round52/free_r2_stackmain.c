/* TRUTH: free — p and q point to two different locals of main */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int *p, *q;
void *w1(void *arg) { (*p)++; return NULL; }
void *w2(void *arg) { (*q)++; return NULL; }
int main(void) {
    pthread_t x1, x2;
    int l1 = 0, l2 = 0;
    p = &l1;
    q = &l2;
    pthread_create(&x1, NULL, w1, NULL);
    pthread_create(&x2, NULL, w2, NULL);
    pthread_join(x1, NULL);
    pthread_join(x2, NULL);
    return l1 + l2;
}
