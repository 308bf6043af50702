/* TRUTH: racy — f's i <= 10 reaches a[10] which g writes */
#include <pthread.h>
int a[20];
void *f(void *p) { for (int i = 0; i <= 10; i++) a[i] = 1; return 0; }
void *g(void *p) { for (int i = 10; i < 20; i++) a[i] = 2; return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, 0); pthread_create(&b, 0, g, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
