/* TRUTH: racy — f writes a[i/2] for i<10, which includes a[3] that g writes */
#include <pthread.h>
int a[10];
void *f(void *p) { for (int i = 0; i < 10; i++) a[i / 2] = 1; return 0; }
void *g(void *p) { a[3] = 2; return 0; }
int main(void){ pthread_t a1, b; pthread_create(&a1, 0, f, 0); pthread_create(&b, 0, g, 0); pthread_join(a1, 0); pthread_join(b, 0); return 0; }
