/* TRUTH: free — c is a non-bit-field member, a separate memory location from bit-field b */
#include <pthread.h>
struct s { char c; unsigned b : 4; } s;
void *f(void *p) { s.c = 1; return 0; }
void *g(void *p) { s.b = 2; return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, 0); pthread_create(&b, 0, g, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
