/* TRUTH: free — do-while with plain create/join, sequential */
#include <pthread.h>
int x;
void *f(void *a){ x += 2; return 0; }
int main(void){ pthread_t t; int i=0; do { pthread_create(&t,0,f,0); pthread_join(t,0); i++; } while (i<5); x = 0; return x; }
