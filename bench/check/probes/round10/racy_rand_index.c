/* racy: two threads write arr[i] where each i is a nondeterministic value in
   0..3 (assumed in range); the indices may coincide. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int arr[4];
static int idx[2];
static void *w(void *a) { int i = *(int *)a; arr[i] = 1; return 0; }
int main(void) {
    pthread_t t[2];
    idx[0] = __VERIFIER_nondet_int(); idx[1] = __VERIFIER_nondet_int();
    if (idx[0] < 0 || idx[0] > 3 || idx[1] < 0 || idx[1] > 3) return 0;
    for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, w, &idx[i]);
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    return 0;
}
