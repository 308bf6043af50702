/* TRUTH: free — p=arr+1; t writes arr[1] while main writes arr[0] */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int arr[2];
int *p;
void *t(void *arg) { *p = 1; return NULL; }
int main(void) {
    pthread_t th;
    p = arr + 1;
    pthread_create(&th, NULL, t, NULL);
    arr[0] = 2;
    pthread_join(th, NULL);
    return 0;
}
