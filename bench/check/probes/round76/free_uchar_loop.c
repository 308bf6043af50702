/* TRUTH: free — unsigned char i < 256 never false, loop with volatile side effect runs forever, x=1 unreachable */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
void *f(void *a) { volatile int sink; for (unsigned char i = 0; i < 256; i++) sink = i; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
