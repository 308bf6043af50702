/* TRUTH: racy — up = (unsigned *)arr (int array); thread writes up[1] (arr[1]), main writes arr[1] unordered */
#include <pthread.h>
static int arr[2];
static unsigned *up = (unsigned *)arr;
static void *w(void *a) { (void)a; up[1] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    arr[1] = 2;
    pthread_join(t, 0);
    return arr[0] + arr[1];
}
