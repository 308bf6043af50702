/* TRUTH: racy — i += 1 terminates, then f writes x concurrently */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
void *f(void *a) { volatile int sink; int i; for (i = 0; i < 10; i += 1) sink = i; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return 0; }
