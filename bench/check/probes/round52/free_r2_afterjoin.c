/* TRUTH: free — t1 (->a) is joined; t2 writes b while main writes a */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int a, b;
int *p;
void *w(void *arg) { *p = 1; return NULL; }
int main(void) {
    pthread_t t1, t2;
    p = &a;
    pthread_create(&t1, NULL, w, NULL);
    pthread_join(t1, NULL);
    p = &b;
    pthread_create(&t2, NULL, w, NULL);
    a = 2;
    pthread_join(t2, NULL);
    return 0;
}
