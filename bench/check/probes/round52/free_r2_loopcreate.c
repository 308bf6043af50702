/* TRUTH: free — each thread is joined before p is reassigned */
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
        pthread_join(t[i], NULL);
    }
    return 0;
}
