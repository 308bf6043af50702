/* TRUTH: race-free. both threads get non-null arguments (distinct objects): nobody touches def while main writes it */
#include <pthread.h>
struct s { int v; };
struct s def, own1, own2;
void *t(void *arg) {
  if (arg)
    ((struct s *)arg)->v++;
  else
    def.v++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)&own1);
  pthread_create(&b, 0, t, (void *)&own2);
  def.v = 7;
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
