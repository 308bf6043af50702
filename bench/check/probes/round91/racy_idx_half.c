/* racy: the loop passes i/2 by value, so threads 0 and 1 (and 2 and 3) share a slot. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static int data[N];

static void *w(void *arg) {
    intptr_t id = (intptr_t)arg;
    data[id] = data[id] + 1;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, w, (void *)(i / 2));
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", data[0], data[1]);
    return 0;
}
