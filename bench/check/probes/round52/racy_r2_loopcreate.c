/* TRUTH: racy — main reassigns p while the first thread reads p (and both may hit arr[1]) */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int arr[2];
int *p;
void *w(void *arg) { *p += 1; return NULL; }
int main(void) {
    pthread_t t[2];
    for (int i = 0; i < 2; i++) {
        p = &arr[i];
        pthread_create(&t[i], NULL, w, NULL);
    }
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    return 0;
}
