/* TRUTH: racy — bp = (char *)arr (an int array); thread writes bp[0], a byte of arr[0], main writes arr[0] unordered */
#include <pthread.h>
static int arr[2];
static char *bp = (char *)arr;
static void *w(void *x) { (void)x; bp[0] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    arr[0] = 2;
    pthread_join(t, 0);
    return arr[0] + arr[1];
}
