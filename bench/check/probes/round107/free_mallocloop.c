/* TRUTH: free — a loop mallocs a fresh buffer per thread; each thread writes p[0] of its own buffer */
#include <pthread.h>
#include <stdlib.h>
void *f(void *a){ int *p = a; p[0] = 1; return 0; }
int main(void){ pthread_t t[3]; int *b[3];
  for (int i = 0; i < 3; i++) { b[i] = malloc(4 * sizeof(int)); pthread_create(&t[i],0,f,b[i]); }
  for (int i = 0; i < 3; i++) { pthread_join(t[i],0); free(b[i]); } return 0; }
