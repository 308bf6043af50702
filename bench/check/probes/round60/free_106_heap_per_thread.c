/* TRUTH: free — each thread gets its own malloc'd buffer (distinct objects), writes only it; main reads each buffer after joining its thread. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static void *work(void *arg) {
    int *p = arg;
    for (int i = 0; i < 16; i++) p[i] = i * 2;
    return NULL;
}
int main(void) {
    pthread_t t[3];
    int *bufs[3];
    for (int i = 0; i < 3; i++) {
        bufs[i] = malloc(16 * sizeof(int));
        pthread_create(&t[i], NULL, work, bufs[i]);
    }
    for (int i = 0; i < 3; i++) {
        pthread_join(t[i], NULL);
        printf("%d\n", bufs[i][15]);
        free(bufs[i]);
    }
    return 0;
}
