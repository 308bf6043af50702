/* TRUTH: racy — helper maybe() returning early does not end t; t always writes x=1 concurrently with main's x=2 */
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
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
