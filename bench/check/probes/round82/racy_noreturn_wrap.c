/* TRUTH: racy — die() only exits when its argument is non-null; called with NULL it returns */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
int g;
static void die(const char *m) { if (m) { fputs(m, stderr); exit(1); } }
void *t(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  die(NULL);
  g = 2;
  pthread_join(th, 0); return 0;
}
