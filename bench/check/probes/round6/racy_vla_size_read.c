/* TRUTH: racy. Declaring a VLA evaluates its size expression, reading n; main writes n concurrently. */
#include <pthread.h>
int n = 4;
void *w(void *a) { (void)a; int buf[n]; buf[0] = 1; return (void *)(long)buf[0]; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); n = 8; pthread_join(t, 0); return 0; }
