/* TRUTH: free — ready is a const 0 global; assume(ready) blocks every run of f */
#include <pthread.h>
int x;
extern void __VERIFIER_assume(int);
static const int ready = 0;
void *f(void *a) { __VERIFIER_assume(ready); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
