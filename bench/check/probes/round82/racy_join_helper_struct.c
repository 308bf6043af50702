/* TRUTH: racy — j.res accessed before the helper joins */
#include <pthread.h>
#include <stdio.h>
struct job { pthread_t h; int res; };
void *t(void *a) { struct job *j = a; j->res = 9; return 0; }
static void finish(struct job *j) { pthread_join(j->h, 0); }
int main(void) {
  struct job j = {0};
  pthread_create(&j.h, 0, t, &j);
  j.res += 1;
  finish(&j);
  printf("%d\n", j.res); return 0;
}
