/* TRUTH: racy — bp = (unsigned char *)arr; thread writes bp[5] (a byte of arr[1]), main writes arr[1] unordered */
#include <pthread.h>
static int arr[2];
static unsigned char *bp = (unsigned char *)arr;
static void *w(void *x) { (void)x; bp[5] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    arr[1] = 2;
    pthread_join(t, 0);
    return arr[0] + arr[1];
}
