/* TRUTH: racy — sizeof(char)==1 always, the join is skipped, x=2 races with t's x=1 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
void *t(void *arg) {
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    int joined = 0;
    pthread_create(&th, NULL, t, NULL);
    if (sizeof(char) == 1) goto skip;
    pthread_join(th, NULL);
    joined = 1;
skip:
    x = 2;
    if (!joined) pthread_join(th, NULL);
    return 0;
}
