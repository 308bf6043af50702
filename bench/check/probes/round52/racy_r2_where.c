/* TRUTH: racy — *where()=&b sets p=&b; t and main both write b */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int a, b;
int *p;
static int **where(void) { return &p; }
void *t(void *arg) { *p = 1; return NULL; }
int main(void) {
    pthread_t th;
    p = &a;
    *where() = &b;
    pthread_create(&th, NULL, t, NULL);
    b = 2;
    pthread_join(th, NULL);
    return 0;
}
