/* TRUTH: racy — p points to main's local; t1 and t2 both increment it */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int *p;
void *w(void *arg) { (*p)++; return NULL; }
int main(void) {
    pthread_t x1, x2;
    int local = 0;
    p = &local;
    pthread_create(&x1, NULL, w, NULL);
    pthread_create(&x2, NULL, w, NULL);
    pthread_join(x1, NULL);
    pthread_join(x2, NULL);
    return local;
}
