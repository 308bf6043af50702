/* free: in a loop main writes params[i] and then creates thread i that reads
   only params[i]; nobody writes params[i] after thread i is created. */
#include <pthread.h>
static int params[3];
static void *t(void *a) { int *p = a; return (void *)(long)*p; }
int main(void) {
    pthread_t th[3];
    for (int i = 0; i < 3; i++) {
        params[i] = i * 10;
        pthread_create(&th[i], 0, t, &params[i]);
    }
    for (int i = 0; i < 3; i++) pthread_join(th[i], 0);
    return params[0];
}
