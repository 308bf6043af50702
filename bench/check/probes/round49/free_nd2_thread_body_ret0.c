/* TRUTH: free — nondet function with body returning 0 here */
#include <pthread.h>
int __VERIFIER_nondet_int(void) { return 0; }
int x;
void *t(void *a) { if (__VERIFIER_nondet_int()) x = 1; return 0; }
int main(void) { pthread_t h; pthread_create(&h, 0, t, 0); x = 2; pthread_join(h, 0); return 0; }
