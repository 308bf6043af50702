/* TRUTH: free — c.buf is NULL, t always returns before x=1 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
int a;
struct cfg { int *buf; };
void *t(void *arg) {
    struct cfg *c = arg;
    if (!c->buf) return NULL;
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    struct cfg c = { NULL };
    pthread_create(&th, NULL, t, &c);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
