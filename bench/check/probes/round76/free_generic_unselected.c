/* TRUTH: free — the default association of _Generic is not evaluated (controlling type is int) */
#include <pthread.h>
int x;
void *f(void *a) { (void)_Generic(0, int: 0, default: (x = 1)); return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return 0; }
