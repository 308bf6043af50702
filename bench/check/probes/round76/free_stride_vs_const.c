/* TRUTH: free — f writes a[0],a[3],...,a[18]; g writes a[10] which is not a multiple of 3 */
#include <pthread.h>
int a[20];
void *f(void *p) { for (int i = 0; i < 20; i += 3) a[i] = 1; return 0; }
void *g(void *p) { a[10] = 2; return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, 0); pthread_create(&b, 0, g, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
