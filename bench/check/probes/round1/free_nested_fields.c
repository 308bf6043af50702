/* TRUTH: free. s.x.v and s.y.v are different objects of the same inner type. */
#include <pthread.h>
struct in { int v; };
struct out { struct in x; struct in y; };
struct out s;
void *worker(void *arg) { s.x.v = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  s.y.v = 2;
  pthread_join(t, NULL);
  return s.x.v + s.y.v;
}
