/* TRUTH: racy — bp = (char *)&arr[1]; thread writes bp[0] (a byte of arr[1]), main writes arr[1] unordered */
#include <pthread.h>
static int arr[2];
static char *bp = (char *)&arr[1];
static void *w(void *a) { (void)a; bp[0] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    arr[1] = 2;
    pthread_join(t, 0);
    return arr[0] + arr[1];
}
