/* TRUTH: racy — main allocates one buffer and passes the same pointer to two threads; both write p[0] plainly without synchronization. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static void *work(void *arg) {
    int *p = arg;
    for (int i = 0; i < 1000; i++) p[0] += i;
    return NULL;
}
int main(void) {
    int *p = calloc(4, sizeof *p);
    pthread_t a, b;
    pthread_create(&a, NULL, work, p);
    pthread_create(&b, NULL, work, p);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", p[0]);
    free(p);
    return 0;
}
