/* TRUTH: free — f writes a[i/2] for i<10 i.e. a[0..4]; g writes a[7] */
#include <pthread.h>
int a[10];
void *f(void *p) { for (int i = 0; i < 10; i++) a[i / 2] = 1; return 0; }
void *g(void *p) { a[7] = 2; return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, 0); pthread_create(&b, 0, g, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
