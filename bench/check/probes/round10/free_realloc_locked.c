/* free: realloc of the shared array and all uses of the pointer happen under
   the same mutex. */
#include <pthread.h>
#include <stdlib.h>
static int *arr;
static int n;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *grow(void *x) {
    (void)x;
    pthread_mutex_lock(&m);
    int *na = realloc(arr, 8 * sizeof *arr);
    if (na) { arr = na; n = 8; arr[7] = 1; }
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    arr = malloc(4 * sizeof *arr);
    n = 4;
    pthread_t t;
    pthread_create(&t, 0, grow, 0);
    pthread_mutex_lock(&m);
    arr[0] = n;
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    free(arr);
    return 0;
}
