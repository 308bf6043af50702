/* TRUTH: racy. g++ is hidden in a GNU statement expression in both threads, no lock. */
#include <pthread.h>
int g;
#define NEXT() ({ int _v = g; g = _v + 1; _v; })
void *w(void *a) { (void)a; return (void *)(long)NEXT(); }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); int v = NEXT(); pthread_join(t, 0); return v; }
