/* TRUTH: race-free. __typeof__(g = 1) is not evaluated (non-VLA), so the worker never writes g. */
#include <pthread.h>
int g;
void *w(void *a) { __typeof__(g = 1) y = 0; (void)a; return (void *)(long)y; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); g = 2; pthread_join(t, 0); return 0; }
