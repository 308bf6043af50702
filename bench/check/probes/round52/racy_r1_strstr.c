/* TRUTH: racy — strstr finds "wor", t always writes x=1 concurrently with main */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
void *t(void *arg) {
    char *s = strstr("hello world", "wor");
    if (!s) return NULL;
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
