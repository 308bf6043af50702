/* TRUTH: free — handle joined through a pointer to it */
#include <pthread.h>
#include <stdio.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th, *ph = &th;
  pthread_create(ph, 0, t, 0);
  pthread_join(*ph, 0);
  x = 2;
  printf("%d\n", x); return 0;
}
