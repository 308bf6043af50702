/* TRUTH: racy. The cleanup attribute calls bump() when `guard` goes out of scope in the worker;
   bump writes g while main writes g. */
#include <pthread.h>
int g;
static void bump(int *p) { (void)p; g++; }
void *w(void *a) { (void)a; { int guard __attribute__((cleanup(bump))) = 0; (void)guard; } return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); g++; pthread_join(t, 0); return g; }
