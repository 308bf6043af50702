/* TRUTH: racy. sscanf stores into g through %d in the worker; main reads g. */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { (void)a; sscanf("17", "%d", &g); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); int r = g; pthread_join(t, 0); return r; }
