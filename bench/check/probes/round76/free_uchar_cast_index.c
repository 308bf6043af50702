/* TRUTH: free — id=2: (unsigned char)(2+255) = 1, so f writes big[1]; g writes big[257] */
#include <pthread.h>
int big[300];
void *f(void *p) { long id = (long)p; big[(unsigned char)(id + 255)] = 1; return 0; }
void *g(void *p) { big[257] = 2; return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, (void *)2); pthread_create(&b, 0, g, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
