/* TRUTH: racy — t2 and t3 both write *p=b concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
#include <setjmp.h>
int a, b;
int *p;
void *w(void *arg) { *p += 1; return NULL; }
int main(void) {
    pthread_t t1, t2, t3;
    p = &a;
    pthread_create(&t1, NULL, w, NULL);
    pthread_join(t1, NULL);
    p = &b;
    pthread_create(&t2, NULL, w, NULL);
    pthread_create(&t3, NULL, w, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    return 0;
}
