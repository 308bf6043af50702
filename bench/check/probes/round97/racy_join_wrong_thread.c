/* RACY: main joins only the first worker and then reads out[1], which the second
   worker may still be writing. */
#include <pthread.h>
#include <stdio.h>
static int out[2];
static void *work(void *a) {
    long i = (long)a;
    out[i] = (int)(i + 1) * 100;
    return NULL;
}
int main(void) {
    pthread_t t[2];
    for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, work, (void *)i);
    pthread_join(t[0], NULL);
    printf("%d %d\n", out[0], out[1]);
    pthread_join(t[1], NULL);
    return 0;
}
