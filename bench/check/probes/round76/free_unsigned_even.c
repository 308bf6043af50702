/* TRUTH: free — unsigned i steps by 2 from 0 and never equals 9 (wraps to 0), loop with volatile write runs forever */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
void *f(void *a) { volatile unsigned sink; for (unsigned i = 0; i != 9; i += 2) sink = i; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
