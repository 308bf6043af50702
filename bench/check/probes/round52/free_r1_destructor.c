/* TRUTH: free — main joins t before returning, destructor's x=2 is after t's x=1 */
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
    pthread_join(th, NULL);
    return 0;
}
