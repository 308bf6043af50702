/* TRUTH: free — main joins the thread before x=2 */
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
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, &one);
    t(NULL);
    pthread_join(th, NULL);
    x = 2;
    return 0;
}
