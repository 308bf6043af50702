/* TRUTH: free — p is NULL so maybe() always returns before y=1; t writes nothing main touches */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int *p;
int x, y;
static void maybe(void) {
    if (!p) return;
    y = 1;
}
void *t(void *arg) {
    maybe();
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    y = 2;
    pthread_join(th, NULL);
    return 0;
}
