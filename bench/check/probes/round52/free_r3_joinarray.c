/* TRUTH: free — both threads are joined before x=2 */
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
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    x = 2;
    return 0;
}
