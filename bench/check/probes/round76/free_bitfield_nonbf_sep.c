/* TRUTH: free — a non-bit-field member c separates bit-fields lo and hi */
#include <pthread.h>
struct s { unsigned lo : 4; char c; unsigned hi : 4; } s;
void *f(void *p) { s.lo = 1; return 0; }
void *g(void *p) { s.hi = 2; return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, 0); pthread_create(&b, 0, g, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
