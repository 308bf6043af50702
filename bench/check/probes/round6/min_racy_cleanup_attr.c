/* TRUTH: racy. cleanup(bump) runs bump() (writes g) when v leaves scope in the worker; main writes g. */
#include <pthread.h>
int g;
static void bump(int *p) { (void)p; g = 1; }
void *w(void *a) { (void)a; { int v __attribute__((cleanup(bump))) = 0; (void)v; } return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); g = 2; pthread_join(t, 0); return 0; }
