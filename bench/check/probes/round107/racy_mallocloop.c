/* TRUTH: racy — one buffer malloc'ed before the loop and handed to all 3 threads; each writes p[0] */
#include <pthread.h>
#include <stdlib.h>
void *f(void *a){ int *p = a; p[0] = 1; return 0; }
int main(void){ pthread_t t[3]; int *b = malloc(4 * sizeof(int));
  for (int i = 0; i < 3; i++) pthread_create(&t[i],0,f,b);
  for (int i = 0; i < 3; i++) pthread_join(t[i],0); free(b); return 0; }
