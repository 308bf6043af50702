/* TRUTH: racy — two threads write arr[i] and arr[j] for nondeterministic i, j that may be equal */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#define N 8
static int arr[N];
static void *setter(void *a) {
    int idx = *(int *)a;
    arr[idx] = idx + 1;
    return NULL;
}
int main(void) {
    int i = __VERIFIER_nondet_int(), j = __VERIFIER_nondet_int();
    if (i < 0 || i >= N || j < 0 || j >= N) return 0;
    pthread_t a, b;
    pthread_create(&a, NULL, setter, &i);
    pthread_create(&b, NULL, setter, &j);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return arr[0];
}
