/* TRUTH: race-free. Each thread writes its own fresh allocation; main frees them after joining. */
#include <pthread.h>
#include <stdlib.h>
void *f(void *a) {
    int *p = a;
    *p = 7;
    return 0;
}
int main(void) {
    pthread_t t[2];
    int *p[2];
    int i = 0;
again:
    p[i] = malloc(sizeof(int));
    pthread_create(&t[i], 0, f, p[i]);
    if (++i < 2)
        goto again;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    free(p[0]);
    free(p[1]);
    return 0;
}
