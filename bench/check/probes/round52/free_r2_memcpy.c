/* TRUTH: free — memcpy sets p=&b; t writes b while main writes a */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int a, b;
int *p;
void *t(void *arg) { *p = 1; return NULL; }
int main(void) {
    pthread_t th;
    int *tmp = &b;
    p = &a;
    memcpy(&p, &tmp, sizeof p);
    pthread_create(&th, NULL, t, NULL);
    a = 2;
    pthread_join(th, NULL);
    return 0;
}
