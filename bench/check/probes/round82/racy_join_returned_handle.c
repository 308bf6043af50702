/* TRUTH: racy — x++ before joining the returned handle */
#include <pthread.h>
#include <stdio.h>
int x;
void *t(void *a) { x = 1; return 0; }
static pthread_t spawn(void) { pthread_t h; pthread_create(&h, 0, t, 0); return h; }
int main(void) {
  pthread_t h = spawn();
  x++;
  pthread_join(h, 0);
  printf("%d\n", x); return 0;
}
