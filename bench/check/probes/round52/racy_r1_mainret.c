/* TRUTH: racy — p=&a so main goes on to x=2 while t writes x=1 */
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
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    p = &a;
    pthread_create(&th, NULL, t, NULL);
    if (!p) return 0;
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
