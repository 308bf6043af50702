/* TRUTH: racy — main sets p=&a before create, so t always writes x=1, concurrent with main's x=2 */
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
    if (!p) return NULL;
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    p = &a;
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
