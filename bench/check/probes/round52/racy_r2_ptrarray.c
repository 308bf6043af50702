/* TRUTH: racy — ps[0] and ps[1] both point to a; t1 and t2 both write a */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int a, b;
int *ps[2];
void *t1(void *arg) { *ps[0] = 1; return NULL; }
void *t2(void *arg) { *ps[1] = 2; return NULL; }
int main(void) {
    pthread_t x1, x2;
    ps[0] = &a;
    ps[1] = &a;
    pthread_create(&x1, NULL, t1, NULL);
    pthread_create(&x2, NULL, t2, NULL);
    pthread_join(x1, NULL);
    pthread_join(x2, NULL);
    return 0;
}
