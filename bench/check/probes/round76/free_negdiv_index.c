/* TRUTH: free — id=2: (2-3)/2 = 0 in C (truncation), index 1; g writes a[0] */
#include <pthread.h>
int a[4];
void *f(void *p) { long id = (long)p; a[(id - 3) / 2 + 1] = 1; return 0; }
void *g(void *p) { a[0] = 2; return 0; }
int main(void){ pthread_t t1, t2; pthread_create(&t1, 0, f, (void *)2); pthread_create(&t2, 0, g, 0); pthread_join(t1, 0); pthread_join(t2, 0); return 0; }
