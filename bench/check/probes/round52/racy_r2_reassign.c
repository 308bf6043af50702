/* TRUTH: racy — p ends as &b before create; t writes b while main writes b */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int a, b;
int *p;
void *t(void *arg) { *p = 1; return NULL; }
int main(void) {
    pthread_t th;
    p = &a;
    p = &b;
    pthread_create(&th, NULL, t, NULL);
    b = 2;
    pthread_join(th, NULL);
    return 0;
}
