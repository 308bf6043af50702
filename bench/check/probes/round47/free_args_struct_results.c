/* TRUTH: free — each thread writes only into its own element of args[] (passed as &args[i]); main reads after the join loop */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define NW 4

struct warg { int lo, hi; long sum; };
struct warg args[NW];

void *summer(void *p) {
  struct warg *a = p;
  long s = 0;
  int k;
  for (k = a->lo; k < a->hi; k++) s += k;
  a->sum = s;
  return 0;
}

int main(void) {
  pthread_t th[NW];
  long total = 0;
  int i;
  for (i = 0; i < NW; i++) {
    args[i].lo = i * 10;
    args[i].hi = i * 10 + 10;
    pthread_create(&th[i], 0, summer, &args[i]);
  }
  for (i = 0; i < NW; i++) pthread_join(th[i], 0);
  for (i = 0; i < NW; i++) total += args[i].sum;
  if (total != 780) reach_error();
  return 0;
}
