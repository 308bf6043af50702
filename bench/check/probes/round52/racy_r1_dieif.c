/* TRUTH: racy — p=&a, die_if never exits, t writes x concurrently */
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
static void die_if(int c) {
    if (c) pthread_exit(NULL);
}
void *t(void *arg) {
    die_if(p == NULL);
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    p = &a;
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
