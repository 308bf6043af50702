/* TRUTH: free — counter never advances (i += 0), loop with volatile write runs forever */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
void *f(void *a) { volatile int sink; int i; for (i = 0; i < 10; i += 0) sink = i; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
