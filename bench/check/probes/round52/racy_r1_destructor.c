/* TRUTH: racy — main returns without joining; destructor d writes x=2 while t may still write x=1 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
__attribute__((destructor)) static void d(void) { x = 2; }
void *t(void *arg) {
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    return 0;
}
