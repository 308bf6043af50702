/* TRUTH: free — ip = s.arr (element 0); thread writes ip[1] = s.arr[1], main writes s.arr[0] */
#include <pthread.h>
static struct { int arr[2]; int n; } s;
static int *ip = s.arr;
static void *w(void *x) { (void)x; ip[1] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    s.arr[0] = 2;
    pthread_join(t, 0);
    return s.arr[0] + s.arr[1];
}
