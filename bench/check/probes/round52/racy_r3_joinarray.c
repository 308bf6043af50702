/* TRUTH: racy — only t[0] is joined before x=2; t[1] writes x */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
void *w0(void *arg) { return NULL; }
void *w1(void *arg) { x = 1; return NULL; }
int main(void) {
    pthread_t t[2];
    pthread_create(&t[0], NULL, w0, NULL);
    pthread_create(&t[1], NULL, w1, NULL);
    for (int i = 0; i < 1; i++)
        pthread_join(t[i], NULL);
    x = 2;
    pthread_join(t[1], NULL);
    return 0;
}
