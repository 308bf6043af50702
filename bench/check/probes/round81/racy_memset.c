/* TRUTH: racy — main memsets whole struct s (writes s.y) while worker writes s.y */
#include <pthread.h>
#include <string.h>
struct S { int x; int y; } s;
void *w(void *p) { s.y = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  memset(&s, 0, sizeof s);
  pthread_join(t, 0);
  return s.x;
}
