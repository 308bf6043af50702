/* TRUTH: racy — ip = &arr[2]; thread writes ip[-1] (arr[1]), main writes arr[1] unordered */
#include <pthread.h>
int arr[3];
int *ip = &arr[2];
static void *w(void *a) { (void)a; ip[-1] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    arr[1] = 2;
    pthread_join(t, 0);
    return arr[1] + arr[2];
}
