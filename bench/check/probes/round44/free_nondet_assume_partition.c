/* TRUTH: free — nondeterministic split point k (assumed in range) partitions the array; thread A writes [0,k), thread B writes [k,N) */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
static void assume(int c) { if (!c) abort(); }
#define N 64
static int arr[N];
static int split;
static void *left(void *a) { (void)a; for (int i = 0; i < split; i++) arr[i] = 1; return NULL; }
static void *right(void *a) { (void)a; for (int i = split; i < N; i++) arr[i] = 2; return NULL; }
int main(void) {
    int k = __VERIFIER_nondet_int();
    assume(k >= 0 && k <= N);
    split = k;
    pthread_t a, b;
    pthread_create(&a, NULL, left, NULL);
    pthread_create(&b, NULL, right, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    int s = 0;
    for (int i = 0; i < N; i++) s += arr[i];
    return s;
}
