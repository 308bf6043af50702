/* TRUTH: racy — arg is non-null, so thread skips abort and writes g concurrently (TSan may see abort never) */
#include <pthread.h>
#include <stdlib.h>
int g, dummy;
void *t(void *a) { if (a == 0) abort(); g = 1; return 0; }
int main(void) {
  pthread_t th; g = 0;
  pthread_create(&th, 0, t, (void *)&dummy);
  g = 2;
  pthread_join(th, 0); return 0;
}
