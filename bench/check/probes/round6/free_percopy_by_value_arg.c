/* TRUTH: race-free. Each worker copies the value of g (written before create) into a local and mutates only the copy. */
#include <pthread.h>
struct cfg { int n; int vals[3]; } g;
void *w(void *a) { struct cfg c = *(const struct cfg *)a; c.n++; c.vals[0] = c.n; return (void *)(long)c.vals[0]; }
int main(void) { pthread_t a, b; g.n = 5; pthread_create(&a, 0, w, &g); pthread_create(&b, 0, w, &g); pthread_join(a, 0); pthread_join(b, 0); g.n = 0; return g.n; }
