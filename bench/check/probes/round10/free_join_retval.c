/* free: each thread returns its result through pthread_join's value pointer;
   no shared memory written by threads besides their own malloc'd result. */
#include <pthread.h>
#include <stdlib.h>
static int input[4] = { 1, 2, 3, 4 };
static void *sq(void *x) {
    int *in = x;
    int *r = malloc(sizeof *r);
    *r = *in * *in;
    return r;
}
int main(void) {
    pthread_t th[4];
    int sum = 0;
    for (int i = 0; i < 4; i++) pthread_create(&th[i], 0, sq, &input[i]);
    for (int i = 0; i < 4; i++) { void *r; pthread_join(th[i], &r); sum += *(int *)r; free(r); }
    return sum;
}
