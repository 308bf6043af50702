/* TRUTH: racy — t2 calls t(NULL) as a function; it returns and t2 writes x=3 while thread t writes x=1 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
int one = 1;
void *t(void *arg) {
    if (!arg) return NULL;
    x = 1;
    return NULL;
}
void *t2(void *arg) {
    t(NULL);
    x = 3;
    return NULL;
}
int main(void) {
    pthread_t th, th2;
    pthread_create(&th, NULL, t, &one);
    pthread_create(&th2, NULL, t2, NULL);
    pthread_join(th2, NULL);
    pthread_join(th, NULL);
    return 0;
}
