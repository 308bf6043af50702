/* TRUTH: racy — main does ip++ before create so ip points at arr[1]; thread and main both write arr[1] unordered */
#include <pthread.h>
int arr[2];
int *ip = arr;
static void *w(void *a) { (void)a; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    ip++;
    pthread_create(&t, 0, w, 0);
    arr[1] = 2;
    pthread_join(t, 0);
    return arr[0] + arr[1];
}
