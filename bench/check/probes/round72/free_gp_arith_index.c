/* TRUTH: free — ip points at arr[0]; the thread writes ip[1] (arr[1]), main writes arr[0] */
#include <pthread.h>
int arr[2];
int *ip = arr;
static void *w(void *a) { (void)a; ip[1] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    arr[0] = 2;
    pthread_join(t, 0);
    return arr[0] + arr[1];
}
