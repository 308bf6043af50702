/* TRUTH: racy — both threads get the same malloc'd int and write it without synchronisation */
#include <pthread.h>
#include <stdlib.h>
void *t(void *a) { int *p = a; *p += 1; return 0; }
int main(void) {
  pthread_t a, b;
  int *p = malloc(sizeof *p);
  if (!p) return 1;
  *p = 0;
  pthread_create(&a, 0, t, p);
  pthread_create(&b, 0, t, p);
  pthread_join(a, 0); pthread_join(b, 0);
  int v = *p; free(p);
  return v;
}
