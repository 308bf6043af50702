/* TRUTH: racy — a config struct holds &mode; *c.m = 5 (line 10) sets mode before the create; the thread sees mode == 5 (line 7) and writes data = 1, unordered with main's data = 2 (line 12). */
#include <pthread.h>
static int mode;
struct cfg { int *m; };
static struct cfg c = { &mode };
static int data;
static void *w(void *p) { if (mode == 5) data = 1; return 0; }
int main(void) {
  pthread_t a;
  *c.m = 5;
  pthread_create(&a, 0, w, 0);
  data = 2;
  pthread_join(a, 0);
  return data;
}
