/* TRUTH: free — each thread mallocs its own buffer; main frees nothing shared */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
void *w(void *a) { int *p = malloc(16 * sizeof *p); for (int i = 0; i < 16; i++) p[i] = i; long s = p[15]; free(p); return (void *)s; }
int main(void) {
  pthread_t a, b; void *r1, *r2;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, &r1); pthread_join(b, &r2);
  printf("%ld\n", (long)r1 + (long)r2); return 0;
}
