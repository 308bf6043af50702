/* TRUTH: racy. &g is stored as an integer member and read back as a pointer member of a union. */
#include <pthread.h>
#include <stdint.h>
int g;
union u { uintptr_t bits; int *p; } U;
void *w(void *a) { (void)a; *U.p = 1; return 0; }
int main(void) { pthread_t t; U.bits = (uintptr_t)&g; pthread_create(&t, 0, w, 0); g = 2; pthread_join(t, 0); return 0; }
