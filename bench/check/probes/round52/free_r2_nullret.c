/* TRUTH: free — main sets p=NULL, both threads always return before *p */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int a;
int *p;
void *w(void *arg) {
    if (!p) return NULL;
    *p += 1;
    return NULL;
}
int main(void) {
    pthread_t x1, x2;
    p = NULL;
    pthread_create(&x1, NULL, w, NULL);
    pthread_create(&x2, NULL, w, NULL);
    pthread_join(x1, NULL);
    pthread_join(x2, NULL);
    return 0;
}
