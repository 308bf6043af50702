/* TRUTH: free — sizeof(char)!=1 never holds, main always joins t before x=2 */
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
    if (sizeof(char) != 1) goto skip;
    pthread_join(th, NULL);
    joined = 1;
skip:
    x = 2;
    if (!joined) pthread_join(th, NULL);
    return 0;
}
