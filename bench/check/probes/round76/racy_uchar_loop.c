/* TRUTH: racy — i < 255 terminates, f then writes x concurrently with main */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
void *f(void *a) { volatile int sink; for (unsigned char i = 0; i < 255; i++) sink = i; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return 0; }
