/* TRUTH: free — p is NULL, die_if always pthread_exits t inside work() before x=1 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
#include <setjmp.h>
int *p;
int a;
int x;
static void die_if(int c) {
    if (c) pthread_exit(NULL);
}
static void work(void) {
    die_if(!p);
    x = 1;
}
void *t(void *arg) {
    work();
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
