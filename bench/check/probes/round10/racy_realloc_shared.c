/* racy: thread grows a shared array with realloc (reassigning the global
   pointer) while main reads the pointer without synchronization. */
#include <pthread.h>
#include <stdlib.h>
static int *arr;
static int n;
static void *grow(void *x) {
    (void)x;
    int *na = realloc(arr, 8 * sizeof *arr);
    if (na) { arr = na; n = 8; }
    return 0;
}
int main(void) {
    arr = malloc(4 * sizeof *arr);
    n = 4;
    pthread_t t;
    pthread_create(&t, 0, grow, 0);
    int *p = arr;
    pthread_join(t, 0);
    (void)p;
    free(arr);
    return n;
}
