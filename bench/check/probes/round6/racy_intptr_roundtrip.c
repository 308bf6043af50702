/* TRUTH: racy. &g round-trips through uintptr_t in the thread arg; worker writes g, main writes g. */
#include <pthread.h>
#include <stdint.h>
int g;
void *w(void *a) { uintptr_t u = *(uintptr_t *)a; *(int *)u = 1; return 0; }
int main(void) { static uintptr_t cookie; pthread_t t; cookie = (uintptr_t)&g; pthread_create(&t, 0, w, &cookie); g = 2; pthread_join(t, 0); return 0; }
