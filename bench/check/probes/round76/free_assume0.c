/* TRUTH: free — __VERIFIER_assume(0) blocks every run of f before its write */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
extern void __VERIFIER_assume(int);
void *f(void *a) { __VERIFIER_assume(0); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
