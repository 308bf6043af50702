/* racy: both threads are given the same index 0 by value, so both write data[0]. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

static int data[2];

static void *w(void *arg) {
    intptr_t id = (intptr_t)arg;
    data[id] += 1;
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, w, (void *)0);
    pthread_create(&b, NULL, w, (void *)0);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", data[0], data[1]);
    return 0;
}
