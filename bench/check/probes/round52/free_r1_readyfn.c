/* TRUTH: free — t writes x only after seeing ready, which main sets (seq_cst) after x=2 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
atomic_int ready;
static int is_ready(void) { return atomic_load(&ready); }
void *t(void *arg) {
    if (!is_ready()) return NULL;
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    atomic_store(&ready, 1);
    pthread_join(th, NULL);
    return 0;
}
