/* TRUTH: free — g never gets past its unsigned char loop (c < 300 always true), so g never writes a[3]; f writes a[0..9] */
#include <pthread.h>
int a[10];
void *f(void *p) { for (int i = 0; i < 10; i++) a[i] = 1; return 0; }
void *g(void *p) { volatile int sink; for (unsigned char c = 0; c < 300; c++) sink = c; a[3] = 2; return 0; }
int main(void){ pthread_t t1, t2; pthread_create(&t1, 0, f, 0); pthread_create(&t2, 0, g, 0); pthread_join(t1, 0); return 0; }
